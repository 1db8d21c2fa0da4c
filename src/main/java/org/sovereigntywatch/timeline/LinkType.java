package org.sovereigntywatch.timeline;

/** How one measure relates to another, read from the first: "the 2024 law SUPERSEDES the 2020 order". */
public enum LinkType {
    SUPERSEDES("supersedes", "is superseded by"),
    AMENDS("amends", "is amended by"),
    REPEALS("repeals", "is repealed by"),
    CHALLENGES("challenges", "is challenged by");

    private final String forward;
    private final String backward;

    LinkType(String forward, String backward) {
        this.forward = forward;
        this.backward = backward;
    }

    /** How the link reads from the measure it starts at. */
    public String forward() {
        return forward;
    }

    /** How the link reads from the measure it points to. */
    public String backward() {
        return backward;
    }
}
