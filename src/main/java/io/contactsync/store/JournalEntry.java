package io.contactsync.store;

import io.contactsync.model.Side;

import java.time.Instant;
import java.util.List;

/** A journalled write as stored. */
public record JournalEntry(
        long id,
        Long runId,
        String pairId,
        Side side,
        String recordId,
        JournalAction action,
        List<String> fieldsWritten,
        String beforeJson,
        String afterJson,
        Instant writtenAt) {
}
