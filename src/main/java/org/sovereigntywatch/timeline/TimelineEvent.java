package org.sovereigntywatch.timeline;

import java.util.List;

/** An event as the timeline draws it: its row and the platforms its measure affects (for lanes by platform). */
public record TimelineEvent(EventRow row, List<String> platforms) {
}
