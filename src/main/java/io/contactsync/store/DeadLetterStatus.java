package io.contactsync.store;

/** Where a dead letter stands. */
public enum DeadLetterStatus {
    OPEN,
    REPLAYED,
    DISCARDED
}
