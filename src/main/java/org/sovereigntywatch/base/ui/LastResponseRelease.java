package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Lets go of the copy of its last response that Vaadin keeps for every open page, once the page has gone quiet.
 * Vaadin keeps it to answer again should the browser re-send a request whose answer it lost; after a dashboard's first
 * load that copy is the page's whole component tree as JSON (128 KB on the benchmark data), kept for as long as the
 * page stays open without a click: a quarter of what an idle page cost the server (docs/benchmarks.md, "Under load").
 * A page that sent nothing between two sweeps a minute apart has no answer left to lose, so the copy has served its
 * purpose; should a browser still re-send, Vaadin resynchronises the page instead of answering again. Each node
 * sweeps its own pages.
 */
@Component
class LastResponseRelease implements VaadinServiceInitListener {

    /** Each open page, with the identity of the last response the previous sweep found it keeping (0 for none). */
    private final Map<UI, Integer> pages = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            pages.put(ui, 0);
            ui.addDetachListener(detach -> pages.remove(ui));
        });
    }

    @Scheduled(cron = "${sovereigntywatch.ui.release-cron:0 * * * * *}")
    void sweep() {
        List<UI> open;
        synchronized (pages) {
            open = new ArrayList<>(pages.keySet());
        }
        for (UI ui : open) {
            try {
                ui.access(() -> releaseIfQuiet(ui));
            } catch (UIDetachedException closed) {
                pages.remove(ui);
            }
        }
    }

    /** Under the page's lock: the copy goes if it is the one the previous sweep found, so no request came since. */
    private void releaseIfQuiet(UI ui) {
        UIInternals internals = ui.getInternals();
        String response = internals.getLastRequestResponse();
        int identity = response == null ? 0 : System.identityHashCode(response);
        Integer previous = pages.put(ui, identity);
        if (response != null && previous != null && previous == identity) {
            internals.setLastRequestResponse(null);
            pages.put(ui, 0);
        }
    }
}
