package io.contactsync.store;

public enum ReviewStatus {
    OPEN,
    /** An operator decided. */
    RESOLVED,
    /** The data no longer needs a decision: a cycle read the item's records and no longer found the situation. */
    NO_LONGER_NEEDED
}
