package org.sovereigntywatch.report;

/** The reports a user can download, with the name their file starts with. */
public enum Report {
    CONCERNS("Concern register", "concerns",
            "One row per concern, as the concern register's CSV; the dates select concerns last changed between them."),
    EVENTS("Policy events", "events",
            "One row per event, as the timeline's CSV; the dates select events whose date falls between them."),
    JURISDICTIONS("Jurisdiction summary", "jurisdiction-summary",
            "One row per jurisdiction: its measures by current status, open concerns by level (a concern counts for "
                    + "both its jurisdictions), and the date of its latest event between the dates."),
    PLATFORMS("Platform summary", "platform-summary",
            "One row per platform: the same, across jurisdictions.");

    private final String label;
    private final String fileName;
    private final String description;

    Report(String label, String fileName, String description) {
        this.label = label;
        this.fileName = fileName;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }

    public String description() {
        return description;
    }
}
