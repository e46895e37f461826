package io.contactsync.store;

/** Where a dead letter stands. */
public enum DeadLetterStatus {
    OPEN,
    REPLAYED,
    DISCARDED,
    /** The record synced by itself (a later cycle's retry or an edit at the source): nothing left to do. */
    RESOLVED
}
