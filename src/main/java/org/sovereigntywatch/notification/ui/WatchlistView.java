package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.notification.WatchService;
import org.sovereigntywatch.notification.WatchTarget;
import org.sovereigntywatch.notification.Watched;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformPicker;
import org.sovereigntywatch.timeline.ui.MeasureEditorView;

/**
 * What the signed-in user watches: jurisdictions and platforms, added here with their pickers, and measures and
 * concerns, starred on their pages. Each can be opened (measures and concerns) or taken off the list.
 */
@Route("watchlist")
@Menu(order = 35, title = "watch.title", icon = "vaadin:star")
@PermitAll
public class WatchlistView extends Div implements TitledView {

    final JurisdictionPicker jurisdiction;
    final PlatformPicker platform;
    final Button watchJurisdiction = new Button(getTranslation("watch.watch"));
    final Button watchPlatform = new Button(getTranslation("watch.watch"));
    final Grid<Watched> grid = new Grid<>();
    private final WatchService watches;

    WatchlistView(WatchService watches, JurisdictionService jurisdictions, PlatformService platforms) {
        this.watches = watches;
        jurisdiction = new JurisdictionPicker(getTranslation("watch.add.jurisdiction"), jurisdictions);
        platform = new PlatformPicker(getTranslation("watch.add.platform"), platforms);
        watchJurisdiction.addClickListener(click -> {
            if (jurisdiction.getValue() == null) {
                Notifications.error(getTranslation("watch.choose-first"));
            } else {
                add(WatchTarget.JURISDICTION, jurisdiction.getValue().getId());
                jurisdiction.clear();
            }
        });
        watchPlatform.addClickListener(click -> {
            if (platform.getValue() == null) {
                Notifications.error(getTranslation("watch.choose-first"));
            } else {
                add(WatchTarget.PLATFORM, platform.getValue().getId());
                platform.clear();
            }
        });
        watchJurisdiction.setAriaLabel(getTranslation("watch.add.jurisdiction.button"));
        watchPlatform.setAriaLabel(getTranslation("watch.add.platform.button"));
        HorizontalLayout adding = new HorizontalLayout(jurisdiction, watchJurisdiction, platform, watchPlatform);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);

        grid.addColumn(watched -> Translations.label(watched.target())).setHeader(getTranslation("watch.type"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::name).setKey("name").setHeader(getTranslation("watch.name")).setFlexGrow(1);
        grid.addComponentColumn(watched -> {
            Button remove = new Button(getTranslation("watch.unwatch"), click -> {
                watches.unwatch(watched.target(), watched.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setKey("remove").setWidth("10rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("watch.empty"));
        grid.setAllRowsVisible(true);
        addClassName("watchlist-view");
        add(new ViewToolbar(getTranslation("watch.title")), new Paragraph(getTranslation("watch.intro")), adding, grid);
        refresh();
    }

    private void add(WatchTarget target, long id) {
        watches.watch(target, id);
        Notifications.success(getTranslation("watch.added"));
        refresh();
    }

    private Component name(Watched watched) {
        Class<? extends Component> page = switch (watched.target()) {
            case CONCERN -> ConcernEditorView.class;
            case MEASURE -> MeasureEditorView.class;
            case JURISDICTION, PLATFORM -> null;
        };
        return page == null ? new Span(watched.name())
                : new RouterLink(watched.name(), page, new RouteParameters("id", String.valueOf(watched.id())));
    }

    /** Reads the list again: it is one user's, so small, and read whole. */
    private void refresh() {
        grid.setItems(watches.watched(getLocale()));
    }

    @Override
    public String titleKey() {
        return "watch.title";
    }
}
