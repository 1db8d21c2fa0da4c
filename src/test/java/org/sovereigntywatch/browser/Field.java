package org.sovereigntywatch.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

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

    /**
     * Replaces the field's text as a person would: select all, type, leave the field (which commits it). A field of a
     * dialog that has just opened may still be set up by the server's answer while one types; a person would see their
     * text vanish and type it again, and so does this, until the field keeps it. Fields that show text in their own way
     * (a date picker's format) are taken as typed.
     */
    Field type(String text) {
        boolean showsAsTyped = List.of("vaadin-text-field", "vaadin-text-area", "vaadin-password-field",
                "vaadin-email-field").contains(host.getTagName());
        ui.waitFor("'" + label + "' to keep the text typed", () -> {
            WebElement input = input();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            if (!text.isEmpty()) {
                input.sendKeys(text);
            }
            ui.script("arguments[0].blur()", input);
            ui.idle();
            return !showsAsTyped || text.equals(input().getDomProperty("value"));
        });
        return this;
    }

    /** Picks options of a combo box, multi-select combo box or select by their text, typed in full to filter. */
    Field choose(String... options) {
        for (String option : options) {
            pick(option, option);
        }
        return this;
    }

    /** Types {@code filter} into a combo box (or opens a select) and picks the option whose text is {@code option}. */
    Field pick(String filter, String option) {
        if (host.getTagName().equals("vaadin-select")) {
            ui.click(host, label);
        } else {
            WebElement input = input();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            input.sendKeys(filter);
        }
        ui.idle();
        WebElement item = ui.waitFor("option '" + option + "' of " + label, () -> ui.script(Dom.OPTION, option));
        ui.click(item, "option '" + option + "'");
        // A single choice closes its list; a multi-select (alone or inside a custom field) keeps it open for more.
        if (!List.of("vaadin-combo-box", "vaadin-select").contains(host.getTagName())) {
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

    /** Ticks or unticks a checkbox, as a click on it would, unless it already is as asked. */
    Field tick(boolean ticked) {
        if (ticked != Boolean.TRUE.equals(ui.script("return arguments[0].checked === true", host))) {
            host.click();
            ui.idle();
        }
        return this;
    }

    /**
     * Replaces the field's text and presses Enter, as a person confirms a typed date: a date picker opens its calendar
     * while one types, and only Enter (not leaving the field) closes it, so it covers nothing afterwards.
     */
    Field enter(String text) {
        WebElement input = input();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.ENTER);
        ui.idle();
        return this;
    }
}
