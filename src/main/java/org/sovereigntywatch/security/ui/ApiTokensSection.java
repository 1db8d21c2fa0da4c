package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sovereigntywatch.security.ApiTokenService;

/**
 * The account page's personal access tokens: what they are for, the user's own tokens with a way to revoke each, and
 * a way to make a new one.
 */
class ApiTokensSection extends Div {

    /** Where the API's browsable description is ({@code ApiSecurityConfig} lets anyone read it). */
    static final String DOCS = "/api/docs";

    final ApiTokensList list;
    final Button add = new Button(getTranslation("api-token.new"), VaadinIcon.PLUS.create());
    private final ApiTokenService tokens;

    ApiTokensSection(ApiTokenService tokens) {
        this.tokens = tokens;
        list = new ApiTokensList(false, token -> {
            tokens.revoke(token.id());
            refresh();
        });
        list.setAllRowsVisible(true);
        add.addClickListener(click -> new NewApiTokenDialog(tokens, this::refresh).open());
        Anchor docs = new Anchor(DOCS, getTranslation("api-token.docs"));
        docs.setRouterIgnore(true);
        Paragraph hint = new Paragraph(getTranslation("api-token.hint") + " ");
        hint.add(docs);
        add(new H2(getTranslation("api-token.title")), hint, list, add);
        refresh();
    }

    void refresh() {
        list.setItems(tokens.mine());
    }
}
