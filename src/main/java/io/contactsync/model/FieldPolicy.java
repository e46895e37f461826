package io.contactsync.model;

/** How a field is settled when both sides changed it to different values. */
public enum FieldPolicy {
    /** Salesforce is master: its value wins. */
    SALESFORCE,
    /** Genesys Cloud is master: its value wins. */
    GENESYS,
    /** The side modified later wins; within the clock-skew tolerance the tie-breaker side wins. */
    LAST_WRITE,
    /** Neither side is written for that field; the conflict goes to review. */
    MANUAL
}
