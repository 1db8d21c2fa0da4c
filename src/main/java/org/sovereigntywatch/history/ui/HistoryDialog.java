package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.sovereigntywatch.history.HistoryEntry;

import java.util.List;

/** The history of an item that has no page of its own (a source, a platform, a jurisdiction, a user). */
public class HistoryDialog extends Dialog {

    public HistoryDialog(String itemName, List<HistoryEntry> entries) {
        setHeaderTitle(getTranslation("history.of", itemName));
        HistoryList list = new HistoryList();
        list.show(entries);
        add(list);
        addClassName("history-dialog");
        setWidth("min(48rem, 95vw)");
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
    }
}
