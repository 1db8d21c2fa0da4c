package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sovereigntywatch.security.AppUserPrincipal;
import org.sovereigntywatch.security.CurrentUser;

/**
 * The shell around every signed-in view: the side navigation, built from the views' {@code @Menu} annotations (Vaadin
 * leaves out the views the user may not open), and who is signed in, with their role and a way out.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle());
        addToDrawer(header(), new Scroller(sideNav()));
        currentUser.get().ifPresent(user -> addToDrawer(userCard(user, authentication)));
    }

    private static Component header() {
        Icon logo = VaadinIcon.GLOBE_WIRE.create();
        logo.addClassName("app-logo");
        Div header = new Div(logo, new Span("Sovereignty Watch"));
        header.addClassName("app-header");
        return header;
    }

    private static SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("app-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static Component userCard(AppUserPrincipal user, AuthenticationContext authentication) {
        Span name = new Span(user.getDisplayName());
        name.addClassName("user-name");
        Span role = new Span(user.getRole().label() + scope(user));
        role.addClassName("user-role");
        // By address: the account page belongs to security's views, which base does not know.
        Anchor account = new Anchor("account", "Your account and sessions");
        account.addClassName("user-account");
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div card = new Div(name, role, account, logout);
        card.addClassName("user-card");
        return card;
    }

    private static String scope(AppUserPrincipal user) {
        return user.getJurisdictionCodes().isEmpty() ? " · all jurisdictions"
                : " · " + String.join(", ", user.getJurisdictionCodes().stream().sorted().toList());
    }
}
