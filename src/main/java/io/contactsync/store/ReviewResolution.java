package io.contactsync.store;

/** What an operator decided on a review item. */
public enum ReviewResolution {
    /** The records are the same person and were linked. */
    LINKED,
    /** The records are different people: matching never pairs them again (see {@link ReviewItems#isMarkedDistinct}). */
    DISTINCT,
    /** The operator settled it otherwise (chose a field value, restored or deleted a contact). */
    SETTLED,
    /** Nothing to do. */
    DISMISSED
}
