package org.sovereigntywatch.base.ui;

/** Text made safe to place in HTML that the server writes itself (names, titles, summaries users typed). */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
