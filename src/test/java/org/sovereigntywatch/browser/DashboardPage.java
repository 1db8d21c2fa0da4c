package org.sovereigntywatch.browser;

import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard as a person reads it: its figures ("Open concerns 12"), the open concerns by level, and the heatmap's
 * cells (jurisdiction × platform, each with its count and tooltip), each a link to the register it counts.
 */
final class DashboardPage {

    /**
     * A filled heatmap cell: the count it shows, and what its tooltip says it counts.
     *
     * @param title "3 open concerns, highest level High: US × TikTok"
     */
    record Cell(String jurisdiction, String platform, long count, String title) {
    }

    private static final Pattern CELL_TITLE = Pattern.compile("([\\d,]+) open concerns?, highest level [^:]+: (.+) × (.+)");

    private final Ui ui;

    private DashboardPage(Ui ui) {
        this.ui = ui;
    }

    /** Opens the dashboard from the menu. */
    static DashboardPage open(Ui ui) {
        ui.click("Dashboard");
        ui.waitForText("Open concerns");
        return new DashboardPage(ui);
    }

    /** The number a figure shows under its label ("Open concerns", "Overdue reviews"). */
    long figure(String label) {
        return Long.parseLong(figureLink(label).getText().trim());
    }

    /** Follows a figure's number to the register it counts. */
    void openFigure(String label) {
        click(figureLink(label));
    }

    /** The open concerns by level, as the badges under the figure show them: "Critical" → 2, "High" → 5… */
    Map<String, Long> openByLevel() {
        Map<String, Long> levels = new LinkedHashMap<>();
        levelBadges().forEach(badge -> {
            String text = badge.getText().trim();
            int space = text.lastIndexOf(' ');
            levels.put(text.substring(0, space), Long.parseLong(text.substring(space + 1)));
        });
        return levels;
    }

    /** Follows a level's badge ("Critical") to the register it counts. */
    void openLevel(String level) {
        click(levelBadges().stream().filter(badge -> badge.getText().trim().startsWith(level + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("No badge for the level " + level)));
    }

    /** The heatmap's filled cells, row by row; each count as shown, jurisdiction and platform as its tooltip says. */
    List<Cell> heatmap() {
        ui.idle();
        return heatmapLinks().stream().map(link -> {
            String title = link.getAttribute("title");
            Matcher matcher = CELL_TITLE.matcher(title);
            if (!matcher.matches()) {
                throw new AssertionError("A heatmap cell's tooltip says: " + title);
            }
            return new Cell(matcher.group(2), matcher.group(3), Long.parseLong(link.getText().trim()), title);
        }).toList();
    }

    /** Clicks the heatmap cell with this tooltip, as a person would. */
    void openCell(Cell cell) {
        click(heatmapLinks().stream().filter(link -> cell.title().equals(link.getAttribute("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("No heatmap cell titled " + cell.title())));
    }

    private WebElement figureLink(String label) {
        return ui.waitFor("the figure '" + label + "'", () -> ui.script("""
                const figure = Array.from(document.querySelectorAll('.dashboard .figure'))
                  .find(card => card.querySelector('.figure-label').innerText.trim() === arguments[0]);
                return figure ? figure.querySelector('.figure-value') : null;
                """, label));
    }

    private List<WebElement> levelBadges() {
        ui.idle();
        return ui.all(".dashboard .figure-levels a");
    }

    private List<WebElement> heatmapLinks() {
        return ui.all(".dashboard .heatmap a.heatmap-cell");
    }

    private void click(WebElement link) {
        ui.script("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        ui.idle();
        ui.waitFor("the concern register", () -> ui.path().equals("concerns") ? Boolean.TRUE : null);
    }
}
