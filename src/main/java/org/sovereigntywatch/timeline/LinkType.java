package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.Text;

/**
 * How one measure relates to another, read from the first: "the 2024 law SUPERSEDES the 2020 order". How it reads
 * either way is a text of the bundle ({@code measure.link.SUPERSEDES.forward}, {@code ….backward}).
 */
public enum LinkType {
    SUPERSEDES, AMENDS, REPEALS, CHALLENGES;

    /** How the link reads from the measure it starts at: "supersedes". */
    public Text forward() {
        return new Text("measure.link." + name() + ".forward");
    }

    /** How the link reads from the measure it points to: "is superseded by". */
    public Text backward() {
        return new Text("measure.link." + name() + ".backward");
    }
}
