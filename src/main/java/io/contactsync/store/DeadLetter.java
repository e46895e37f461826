package io.contactsync.store;

import io.contactsync.model.Side;

import java.time.Instant;

/** A dead letter as stored; {@code error} is the latest failure's reason, {@code source} the record a write came from. */
public record DeadLetter(
        long id,
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
