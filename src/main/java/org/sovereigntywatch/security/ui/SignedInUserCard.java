package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sovereigntywatch.base.ui.DrawerFooter;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.security.AppUserPrincipal;
import org.sovereigntywatch.security.CurrentUser;

import java.util.Optional;

/** Who is signed in, with their role and scope, a link to their account and a way out, at the foot of the drawer. */
@SpringComponent
class SignedInUserCard implements DrawerFooter {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    SignedInUserCard(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.authentication = authentication;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> build() {
        return currentUser.get().map(this::card);
    }

    private Component card(AppUserPrincipal user) {
        Span name = new Span(user.getDisplayName());
        name.addClassName("user-name");
        Span role = new Span(Translations.label(user.getRole()) + " · " + scope(user));
        role.addClassName("user-role");
        Anchor account = new Anchor(RouteConfiguration.forSessionScope().getUrl(AccountView.class),
                Translations.text("security.user-card.account"));
        account.addClassName("user-account");
        Button logout = new Button(Translations.text("security.sign-out"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div card = new Div(name, role, account, logout);
        card.addClassName("user-card");
        return card;
    }

    private static String scope(AppUserPrincipal user) {
        return user.getJurisdictionCodes().isEmpty() ? Translations.text("security.user-card.all-jurisdictions")
                : String.join(", ", user.getJurisdictionCodes().stream().sorted().toList());
    }
}
