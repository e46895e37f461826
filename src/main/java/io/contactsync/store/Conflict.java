package io.contactsync.store;

import io.contactsync.model.Side;

import java.time.Instant;

/** A recorded field conflict, with its operator resolution when there is one. */
public record Conflict(
        long id,
        Long runId,
        String pairId,
        String salesforceId,
        String genesysId,
        String field,
        String baseValue,
        String salesforceValue,
        String genesysValue,
        Instant salesforceModifiedAt,
        Instant genesysModifiedAt,
        String policy,
        String resolver,
        Side winner,
        String chosenValue,
        ConflictStatus status,
        Instant detectedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolutionNote) {
}
