package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;

import java.time.Instant;

/**
 * A dead letter as stored, of a record of {@code object}; {@code error} is the latest failure's reason, {@code source}
 * the record a write came from.
 */
public record DeadLetter(
        long id,
        MappedObject object,
        Long runId,
        Side side,
        String recordId,
        String operation,
        String payload,
        String error,
        int attempts,
        DeadLetterStatus status,
        boolean replayable,
        RecordRef source,
        Instant createdAt,
        Instant updatedAt) {
}
