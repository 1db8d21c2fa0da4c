package org.sovereigntywatch.report;

import org.sovereigntywatch.base.Text;

import java.util.Locale;

/**
 * The reports a user can download, with the name their file starts with. Their names and descriptions are texts of
 * the bundle ({@code enum.Report.<CONSTANT>}, {@code report.<constant>.description}); the file's columns and values are
 * the same in every language.
 */
public enum Report {
    CONCERNS("Concern register", "concerns"),
    EVENTS("Policy events", "events"),
    JURISDICTIONS("Jurisdiction summary", "jurisdiction-summary"),
    PLATFORMS("Platform summary", "platform-summary");

    private final String logName;
    private final String fileName;

    Report(String logName, String fileName) {
        this.logName = logName;
        this.fileName = fileName;
    }

    /** How the security log names a download of the report: in English, whoever downloaded it. */
    String logName() {
        return logName;
    }

    public String fileName() {
        return fileName;
    }

    /** What one row of the report stands for and what the dates select. */
    public Text description() {
        return new Text("report." + name().toLowerCase(Locale.ROOT) + ".description");
    }
}
