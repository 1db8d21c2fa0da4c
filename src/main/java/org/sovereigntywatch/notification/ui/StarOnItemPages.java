package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.Component;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.ui.ItemControl;
import org.sovereigntywatch.notification.WatchService;
import org.sovereigntywatch.notification.WatchTarget;
import org.sovereigntywatch.timeline.MeasureService;

import java.util.Optional;

/** Puts a {@link WatchStar} on concern and measure pages. */
@org.springframework.stereotype.Component
class StarOnItemPages implements ItemControl {

    private final WatchService watches;

    StarOnItemPages(WatchService watches) {
        this.watches = watches;
    }

    @Override
    public Optional<Component> build(String kind, long id) {
        return switch (kind) {
            case ConcernService.KIND -> Optional.of(new WatchStar(watches, WatchTarget.CONCERN, id));
            case MeasureService.KIND -> Optional.of(new WatchStar(watches, WatchTarget.MEASURE, id));
            default -> Optional.empty();
        };
    }
}
