package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
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

import java.util.List;

/**
 * The shell around every signed-in view: the side navigation, built from the views' {@code @Menu} annotations (Vaadin
 * leaves out the views the user may not open; each title is a translation key), below it what features add
 * ({@link DrawerFooter}: who is signed in), and in the header what features add ({@link NavbarItem}: the notifications'
 * bell) and the language the user reads the app in.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    MainLayout(List<DrawerFooter> footers, List<NavbarItem> navbarItems, LanguagePreference language) {
        setPrimarySection(Section.DRAWER);
        // Vaadin's own words for screen readers, which it would otherwise say in English.
        setI18n(new AppLayoutI18n().setDrawer(Translations.text("app.drawer")));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(Translations.text("app.drawer.toggle"));
        LanguageSelect languageSelect = new LanguageSelect(language);
        languageSelect.addClassName("app-language");
        addToNavbar(toggle);
        navbarItems.forEach(item -> item.build().ifPresent(this::addToNavbar));
        addToNavbar(languageSelect);
        addToDrawer(header(), new Scroller(sideNav()));
        footers.forEach(footer -> footer.build().ifPresent(this::addToDrawer));
    }

    private static Component header() {
        Icon logo = VaadinIcon.GLOBE_WIRE.create();
        logo.addClassName("app-logo");
        Div header = new Div(logo, new Span(Translations.text("app.name")));
        header.addClassName("app-header");
        return header;
    }

    private static SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("app-nav");
        nav.setI18n(new SideNav.SideNavI18n().setToggle(Translations.text("app.nav.toggle")));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        String title = Translations.text(entry.title());
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }
}
