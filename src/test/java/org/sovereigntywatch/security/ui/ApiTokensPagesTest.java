package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.AccessDeniedView;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.security.ApiTokenRow;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.ApiTokenStatus;
import org.sovereigntywatch.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** Personal access tokens on the account page (made, shown once, revoked) and on the admins' page. */
class ApiTokensPagesTest extends KaribuTest {

    @Autowired ApiTokenService tokens;
    @Autowired TestRecords records;

    @Test
    void a_user_makes_a_token_sees_it_once_and_finds_it_listed_by_its_last_characters() {
        login(records.userCovering(Role.VIEWER, "US"));
        ApiTokensSection section = accountPage().apiTokens;

        _click(section.add);
        NewApiTokenDialog dialog = _get(NewApiTokenDialog.class);
        _setValue(dialog.name, "newsroom map");
        _setValue(dialog.lifetime, 30);
        _click(dialog.create);

        String secret = dialog.secret.getValue();
        assertThat(secret).startsWith("swt_").hasSize(47);
        assertThat(dialog.secret.isReadOnly()).isTrue();
        ApiTokenRow made = tokens.mine().getFirst();
        assertThat(made.name()).isEqualTo("newsroom map");
        assertThat(made.expiresAt()).isEqualTo(made.createdAt().plusSeconds(30L * 24 * 60 * 60));
        assertThat(_size(section.list)).isEqualTo(1);
        assertThat(_getFormattedRow(section.list, 0)).contains("newsroom map", "swt_…" + secret.substring(43), "Never",
                "Usable").noneMatch(cell -> cell.contains(secret));
    }

    @Test
    void a_token_without_a_name_is_refused_next_to_the_field_and_nothing_is_made() {
        login(records.userCovering(Role.VIEWER, "US"));
        _click(accountPage().apiTokens.add);
        NewApiTokenDialog dialog = _get(NewApiTokenDialog.class);

        _click(dialog.create);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the token a name");
        assertThat(dialog.secret.getValue()).isEmpty();
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void a_user_revokes_their_token_after_a_question() {
        login(records.userCovering(Role.ANALYST, "US"));
        tokens.create("old script", 7);
        ApiTokensSection section = accountPage().apiTokens;

        _click((Button) _getCellComponent(section.list, 0, "revoke"));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("Token “old script” revoked");
        assertThat(tokens.mine().getFirst().status(Instant.now())).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(_getFormattedRow(section.list, 0)).anyMatch(cell -> cell.startsWith("Revoked by "));
    }

    @Test
    void an_admin_finds_anyones_token_and_revokes_it() {
        String owner = records.userCovering(Role.VIEWER, "US");
        login(owner);
        tokens.create("leaked on a forum", 90);
        login("admin");
        UI.getCurrent().navigate(ApiTokensView.class);
        ApiTokensView page = _get(ApiTokensView.class);

        _setValue(page.search, owner);
        assertThat(_size(page.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(page.grid, 0)).anyMatch(cell -> cell.contains(owner));
        _click((Button) _getCellComponent(page.grid, 0, "revoke"));
        _fireConfirm(_get(ConfirmDialog.class));

        List<ApiTokenRow> all = tokens.all(owner, Pageable.ofSize(5));
        assertThat(all).singleElement().satisfies(token -> assertThat(token.revokedBy()).isEqualTo("admin"));
    }

    @Test
    void nobody_but_an_admin_opens_the_list_of_everyones_tokens() {
        login("reviewer");

        UI.getCurrent().navigate(ApiTokensView.class);

        _assertOne(AccessDeniedView.class);
        assertThat(_find(ApiTokensView.class)).isEmpty();
    }

    @Test
    void the_tokens_read_in_french() {
        login(records.userCovering(Role.VIEWER, "US"));
        tokens.create("carte", 7);
        browserPrefers(Locale.FRANCE);
        ApiTokensSection section = accountPage().apiTokens;
        ShownTexts.assertReadsInFrench();

        _click(section.add);
        _click(_get(NewApiTokenDialog.class).create);
        ShownTexts.assertReadsInFrench();
        assertThat(_get(NewApiTokenDialog.class).name.getErrorMessage()).isEqualTo("Donnez un nom au jeton");
        assertThat(_getFormattedRow(section.list, 0)).contains("Utilisable", "Jamais");
    }

    private static AccountView accountPage() {
        UI.getCurrent().navigate(AccountView.class);
        return _get(AccountView.class);
    }
}
