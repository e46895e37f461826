package io.contactsync.store;

public enum ReviewStatus {
    OPEN,
    RESOLVED
}
