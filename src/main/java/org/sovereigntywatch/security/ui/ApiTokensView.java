package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.Role;

/**
 * Every user's personal access tokens, for admins: who holds which, when each was last used, and a way to revoke any
 * at once (a token of someone who left, one that leaked).
 */
@Route("admin/api-tokens")
@Menu(order = 92, title = "api-token.list.title", icon = "vaadin:key")
@RolesAllowed(Role.Names.ADMIN)
public class ApiTokensView extends Div implements TitledView {

    final ApiTokensList grid;
    final SearchField search;

    ApiTokensView(ApiTokenService tokens) {
        grid = new ApiTokensList(true, token -> {
            tokens.revoke(token.id());
            refresh();
        });
        search = new SearchField(getTranslation("api-token.list.search"), this::refresh);
        grid.setItemsPageable(pageable -> tokens.all(search.getValue(), pageable),
                pageable -> (int) tokens.countAll(search.getValue()));
        addClassName("api-tokens-view");
        add(new ViewToolbar(getTranslation("api-token.list.title"), search), grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "api-token.list.title";
    }
}
