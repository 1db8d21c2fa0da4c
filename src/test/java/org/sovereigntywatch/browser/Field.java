package org.sovereigntywatch.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A Vaadin field found by its label: text, text area, password, date, number, combo box, multi-select, select. */
final class Field {

    private final Ui ui;
    private final WebElement host;
    private final String label;

    Field(Ui ui, WebElement host, String label) {
        this.ui = ui;
        this.host = host;
        this.label = label;
    }

    WebElement element() {
        return host;
    }

    /** Replaces the field's text as a person would: select all, type, leave the field (which commits it). */
    Field type(String text) {
        WebElement input = input();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        ui.script("arguments[0].blur()", input);
        ui.idle();
        return this;
    }

    /** Picks options of a combo box, multi-select combo box or select by their text. */
    Field choose(String... options) {
        for (String option : options) {
            if (host.getTagName().equals("vaadin-select")) {
                host.click();
            } else {
                WebElement input = input();
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                input.sendKeys(option);
            }
            ui.idle();
            WebElement item = ui.waitFor("option '" + option + "' of " + label, () -> ui.script(Dom.OPTION, option));
            item.click();
            ui.idle();
        }
        if (host.getTagName().equals("vaadin-multi-select-combo-box")) {
            input().sendKeys(Keys.ESCAPE);
            ui.idle();
        }
        return this;
    }

    /** What the field shows: its input's text (for a select, the chosen item's). */
    String shown() {
        if (host.getTagName().equals("vaadin-select")) {
            return String.valueOf(ui.script("return arguments[0].querySelector('vaadin-select-value-button')"
                    + ".innerText.trim()", host));
        }
        return input().getDomProperty("value");
    }

    boolean invalid() {
        return Boolean.TRUE.equals(ui.script("return arguments[0].invalid === true", host));
    }

    String errorMessage() {
        Object message = ui.script("return arguments[0].errorMessage", host);
        return message == null ? "" : message.toString();
    }

    private WebElement input() {
        return host.findElement(By.cssSelector("input, textarea"));
    }

    /**
     * Types {@code search} into a combo box (or the one a custom field holds) and picks the option showing
     * {@code option}: for lists whose options read otherwise than what one searches by ("US — United States" found by
     * "United States"). A multi-select's list is closed afterwards, as {@link #choose} does.
     */
    Field pick(String search, String option) {
        WebElement input = input();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(search);
        ui.idle();
        WebElement item = ui.waitFor("option '" + option + "' of " + label, () -> ui.script(Dom.OPTION, option));
        item.click();
        ui.idle();
        if (!host.getTagName().equals("vaadin-combo-box")) {
            input.sendKeys(Keys.ESCAPE);
            ui.idle();
        }
        return this;
    }
}
