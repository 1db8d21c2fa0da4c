package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.Role;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Admins choose which roles must sign in with a second step. */
@Route("admin/sign-in-policy")
@Menu(order = 91, title = "sign-in-policy.title", icon = "vaadin:lock")
@RolesAllowed(Role.Names.ADMIN)
public class SignInPolicyView extends Div implements TitledView {

    final Map<Role, Checkbox> requires = new EnumMap<>(Role.class);
    final Button save = new Button(getTranslation("common.save"));

    SignInPolicyView(MfaService mfa) {
        addClassName("sign-in-policy");
        Set<Role> required = mfa.requiredRoles();
        Div roles = new Div();
        roles.addClassName("sign-in-policy-roles");
        for (Role role : Role.values()) {
            Checkbox checkbox = new Checkbox(getTranslation("sign-in-policy.requires", role), required.contains(role));
            requires.put(role, checkbox);
            roles.add(checkbox);
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            requires.forEach((role, checkbox) -> {
                if (checkbox.getValue()) {
                    chosen.add(role);
                }
            });
            mfa.setRequiredRoles(chosen);
            Notifications.success(getTranslation("sign-in-policy.saved"));
        });
        add(new ViewToolbar(getTranslation("sign-in-policy.title")),
                new Paragraph(getTranslation("sign-in-policy.hint", Role.REVIEWER, Role.ADMIN)), roles, save);
    }

    @Override
    public String titleKey() {
        return "sign-in-policy.title";
    }
}
