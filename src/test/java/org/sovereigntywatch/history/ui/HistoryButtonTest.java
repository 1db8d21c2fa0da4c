package org.sovereigntywatch.history.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.PlatformsView;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.security.ui.UsersView;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The History buttons of the items that have no page of their own: on a row of the platforms and users registers,
 * and beside the sources a concern cites; each opens the item's history in a dialog.
 */
class HistoryButtonTest extends KaribuTest {

    private static final String FIRST_PASSWORD = "lantern harbour violet quietly";
    private static final String SECOND_PASSWORD = "a different passphrase entirely";

    @Autowired PlatformService platforms;
    @Autowired UserService users;
    @Autowired SourceService sources;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired JdbcTemplate jdbc;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_viewer_opens_a_platform_s_history_from_its_row_and_reads_its_rename() {
        Platform platform = records.newPlatform();
        String before = platform.getName();
        String renamed = "Renamed platform " + unique;
        runAs.user("admin", () -> {
            platform.setName(renamed);
            return platforms.save(platform);
        });
        login("viewer");
        UI.getCurrent().navigate(PlatformsView.class);
        PlatformsView view = _get(PlatformsView.class);
        _setValue(_get(view, SearchField.class), renamed);
        @SuppressWarnings("unchecked")
        Grid<Platform> grid = _get(view, Grid.class);
        assertThat(_size(grid)).isOne();

        Button history = historyButton(grid, 0);
        assertThat(history.getAriaLabel()).hasValue("History of “" + renamed + "”");
        _click(history);

        HistoryDialog dialog = _get(HistoryDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("History of “" + renamed + "”");
        List<Div> lines = lines(dialog);
        assertThat(lines).extracting(HistoryButtonTest::header)
                .allMatch(header -> header.startsWith("admin · ") && (header.endsWith(" · changed") || header.endsWith(" · created")))
                .hasSize(2);
        assertThat(header(lines.getFirst())).startsWith("admin · ").endsWith(" · changed");
        assertThat(changes(lines.getFirst())).containsExactly("Name: " + before + " → " + renamed);
        assertThat(changes(lines.getLast())).contains("Name: (empty) → " + before);
    }

    @Test
    void an_admin_reads_a_user_s_role_change_and_no_line_shows_a_password() {
        String username = "history-button-" + unique;
        AppUser user = runAs.user("admin", () -> users.create(new AppUser(username, "History " + unique, Role.VIEWER),
                FIRST_PASSWORD));
        runAs.user("admin", () -> {
            AppUser copy = users.findByUsername(username).orElseThrow();
            copy.setRole(Role.ANALYST);
            return users.update(copy);
        });
        runAs.user("admin", () -> {
            users.resetPassword(user.getId(), SECOND_PASSWORD);
            return null;
        });
        runAs.user(username, () -> {
            users.changeOwnLocale(Locale.FRANCE);
            return null;
        });
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
                user.getId());
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        UsersView view = _get(UsersView.class);
        _setValue(_get(view, SearchField.class), username);
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = _get(view, Grid.class);
        assertThat(_size(grid)).isOne();

        Button history = historyButton(grid, 0);
        assertThat(history.getAriaLabel()).hasValue("History of “" + username + "”");
        _click(history);

        HistoryDialog dialog = _get(HistoryDialog.class);
        List<Div> lines = lines(dialog);
        assertThat(lines).hasSize(4);
        assertThat(changes(lines.getFirst())).containsExactly("Language: Language of your browser → French (France)");
        assertThat(lines).filteredOn(line -> changes(line).contains("Role: Viewer → Analyst")).singleElement()
                .satisfies(line -> assertThat(header(line)).startsWith("admin · ").endsWith(" · changed"));
        String shown = dialog.getElement().getTextRecursively();
        assertThat(shown).doesNotContain(hash, FIRST_PASSWORD, SECOND_PASSWORD);
        // The one field of the account about its password is whether a new one must be chosen, never the password.
        assertThat(lines).flatExtracting(HistoryButtonTest::changes)
                .filteredOn(change -> change.toLowerCase().contains("password"))
                .isNotEmpty()
                .allMatch(change -> change.startsWith("Must choose a new password: "));
    }

    @Test
    void the_history_button_beside_a_concern_s_sources_opens_the_history_of_the_sources_it_cites() {
        Source source = runAs.user("analyst", () -> sources.save(new Source("Le Monde", "Article " + unique,
                "https://example.org/history-button/" + unique)));
        runAs.user("analyst", () -> {
            Source copy = sources.findByUrl(source.getUrl()).orElseThrow();
            copy.setQuote("« Les données restent en Chine. »");
            return sources.save(copy);
        });
        Concern draft = records.newConcern(records.newPlatform(), "US", 3, 3);
        Source seed = draft.getSources().iterator().next();
        draft.setSources(Set.of(seed, source));
        long id = records.create(draft).getId();
        login("analyst");
        UI.getCurrent().navigate("concerns/" + id);

        _click(_get(Button.class, spec -> spec.withText("Sources’ history")));

        HistoryDialog dialog = _get(HistoryDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("History of “Sources”");
        List<Div> lines = lines(dialog);
        String aboutSource = "Source · " + source.label();
        assertThat(lines).extracting(HistoryButtonTest::subject).contains(aboutSource, "Source · " + seed.label());
        List<Div> ofSource = lines.stream().filter(line -> subject(line).equals(aboutSource)).toList();
        assertThat(ofSource).extracting(HistoryButtonTest::header).satisfiesExactly(
                changed -> assertThat(changed).startsWith("analyst · ").endsWith(" · changed"),
                created -> assertThat(created).startsWith("analyst · ").endsWith(" · created"));
        assertThat(changes(ofSource.getFirst())).containsExactly("Quote: (empty) → « Les données restent en Chine. »");
        // Newest first, whichever source a line is about: these two are the newest changes to either.
        assertThat(lines.subList(0, 2)).containsExactlyElementsOf(ofSource);
    }

    @Test
    void a_concern_citing_no_source_yet_offers_no_sources_history() {
        login("analyst");
        UI.getCurrent().navigate("concerns/new");

        assertThat(_find(Button.class, spec -> spec.withText("Sources’ history"))).isEmpty();
    }

    /** The History button of a row, as the grid renders it: the last column's. */
    @SuppressWarnings("unchecked")
    private static <T> Button historyButton(Grid<T> grid, int row) {
        Grid.Column<T> column = grid.getColumns().stream().filter(c -> "History".equals(c.getHeaderText()))
                .findFirst().orElseThrow();
        assertThat(grid.getColumns().getLast()).isSameAs(column);
        return (Button) ((ComponentRenderer<?, T>) column.getRenderer()).createComponent(GridKt._get(grid, row));
    }

    private static List<Div> lines(HistoryDialog dialog) {
        return _find(dialog, Div.class, spec -> spec.withClasses("history-line"));
    }

    private static String header(Div line) {
        return _get(line, Span.class, spec -> spec.withClasses("history-header")).getText();
    }

    private static String subject(Div line) {
        return _get(line, Div.class, spec -> spec.withClasses("history-subject")).getText();
    }

    /** Each field line as it reads: "Name: Old → New". */
    private static List<String> changes(Div line) {
        return _find(line, Div.class, spec -> spec.withClasses("history-change")).stream()
                .map(change -> change.getElement().getTextRecursively()).toList();
    }
}
