package io.contactsync.store;

/** What a journalled write did. */
public enum JournalAction {
    CREATE,
    UPDATE,
    DELETE,
    /** Two existing records were linked (no record was written). */
    LINK
}
