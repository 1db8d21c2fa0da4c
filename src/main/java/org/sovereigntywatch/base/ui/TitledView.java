package org.sovereigntywatch.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import org.sovereigntywatch.base.Text;

/**
 * A view whose browser tab reads its title in the user's language, followed by the app's name ("Concerns · Sovereignty
 * Watch"). Used instead of {@code @PageTitle}, which takes no translation.
 */
public interface TitledView extends HasDynamicTitle {

    /** The translation key of the view's title; views in the menu use the same key as their {@code @Menu} title. */
    String titleKey();

    @Override
    default String getPageTitle() {
        return Translations.text("app.page-title", new Text(titleKey()));
    }
}
