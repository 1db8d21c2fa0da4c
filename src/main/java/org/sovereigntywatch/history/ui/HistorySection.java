package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.details.Details;
import org.sovereigntywatch.history.HistoryEntry;

import java.util.List;
import java.util.function.Supplier;

/**
 * The "History" section of an item page, closed at first: the history is read when the section is opened, and read
 * again when the item changes while it is open, so a page that nobody looks back on costs no history queries.
 */
public class HistorySection extends Details {

    private final HistoryList list = new HistoryList();
    private Supplier<List<HistoryEntry>> entries = List::of;
    private boolean stale = true;

    public HistorySection() {
        setSummaryText(getTranslation("history.title"));
        add(list);
        addClassName("history-section");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && stale) {
                load();
            }
        });
    }

    /** Shows the history {@code entries} reads, now if the section is open, else when it is opened. */
    public void show(Supplier<List<HistoryEntry>> entries) {
        this.entries = entries;
        stale = true;
        if (isOpened()) {
            load();
        }
    }

    public HistoryList getList() {
        return list;
    }

    private void load() {
        list.show(entries.get());
        stale = false;
    }
}
