package org.sovereigntywatch.history;

/** What a line of an item's history did to it. */
public enum ChangeKind {
    CREATED, CHANGED, DELETED, COMMENTED
}
