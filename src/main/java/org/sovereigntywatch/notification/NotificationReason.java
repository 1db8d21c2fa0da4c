package org.sovereigntywatch.notification;

/** Why a user was told: each reason has its sentence ({@code notification.reason.<NAME>}) and its rule of who hears. */
public enum NotificationReason {
    /** An item was submitted for review: the reviewers covering its jurisdiction. */
    SUBMITTED,
    /** An item was returned to draft, with the reviewer's comment: who recorded it and its owner. */
    RETURNED,
    /** An item was published: who recorded it and its owner. */
    PUBLISHED,
    /** Someone wrote in an item's review discussion: the others taking part. */
    COMMENTED,
    /** A concern's review is due within a week: its owner, once per date. */
    REVIEW_DUE,
    /** A concern's review date passed: its owner, once per date. */
    REVIEW_OVERDUE,
    /** A policy event is expected within a week: the watchers of its measure, jurisdiction or platforms, once. */
    EVENT_EXPECTED,
    /** A policy event on a measure that bears on a concern asks for the concern to be re-assessed: its owner. */
    REASSESS,
    /** A watched measure, jurisdiction or platform has a new event. */
    WATCHED_EVENT,
    /** A concern or measure was published where the user watches. */
    WATCHED_PUBLISHED
}
