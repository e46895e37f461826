package io.contactsync.store;

import java.time.Instant;

/** A journalled write as stored: the write as appended, its id and when it was journalled. */
public record JournalEntry(long id, NewJournalEntry write, Instant writtenAt) {
}
