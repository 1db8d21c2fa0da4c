package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.security.ui.UsersView;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages shown instead of a view that cannot be shown, as a reader whose browser asks for French meets them. */
class ErrorPagesInFrenchTest extends KaribuTest {

    @Test
    void a_french_viewer_is_told_in_french_that_an_item_is_not_there_for_them() {
        login("viewer");
        browserPrefers(Locale.FRANCE);

        UI.getCurrent().navigate("concerns/999999999");

        _assertOne(NotFoundView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Il n’y a rien ici");
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("Cet élément n’existe pas, ou vous ne pouvez pas le voir (préoccupation n° 999999999).");
        assertThat(_get(Anchor.class, spec -> spec.withText("Retour au tableau de bord"))).isNotNull();
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_reader_is_told_in_french_that_no_page_has_this_address() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        NotFoundView page = new NotFoundView();

        page.setErrorParameter(null, new ErrorParameter<>(NotFoundException.class, new NotFoundException()));
        UI.getCurrent().removeAll();
        UI.getCurrent().add(page);

        assertThat(_get(page, H2.class).getText()).isEqualTo("Il n’y a rien ici");
        assertThat(_get(page, Paragraph.class).getText()).isEqualTo("Aucune page ne se trouve à cette adresse.");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_reader_who_follows_an_address_no_route_has_is_not_shown_the_routers_english_message() {
        login("viewer");
        browserPrefers(Locale.FRANCE);

        // As the router handles a page opened at the address (UI.navigate leaves an unknown one to the browser).
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no-such-page"), NavigationTrigger.PAGE_LOAD);

        _assertOne(NotFoundView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Il n’y a rien ici");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Aucune page ne se trouve à cette adresse.");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_not_found_carrying_vaadins_english_message_reads_in_french() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        NotFoundView page = new NotFoundView();
        String routers = "Couldn't find route for 'xyz'";

        page.setErrorParameter(null, new ErrorParameter<>(NotFoundException.class, new NotFoundException(routers),
                routers));
        UI.getCurrent().removeAll();
        UI.getCurrent().add(page);

        assertThat(_get(page, Paragraph.class).getText()).isEqualTo("Aucune page ne se trouve à cette adresse.");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_viewer_who_opens_the_users_view_is_told_in_french_that_it_is_not_allowed() {
        login("viewer");
        browserPrefers(Locale.FRANCE);

        UI.getCurrent().navigate(UsersView.class);

        _assertOne(AccessDeniedView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Accès refusé");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Votre rôle ne donne pas accès à cette page. "
                + "Adressez-vous à un administrateur si votre travail l’exige.");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_reader_meets_an_unexpected_error_in_french_with_a_reference_to_quote() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        ErrorView page = new ErrorView();

        page.setErrorParameter(null, new ErrorParameter<>(Exception.class, new IllegalStateException("A bug")));
        UI.getCurrent().removeAll();
        UI.getCurrent().add(page);

        assertThat(_get(page, H2.class).getText()).isEqualTo("Une erreur s’est produite");
        assertThat(_get(page, Paragraph.class).getText()).matches("Une erreur s’est produite et rien n’a été modifié\\. "
                + "Si cela se reproduit, signalez la référence [0-9a-f]{8}\\.");
        ShownTexts.assertReadsInFrench();
    }
}
