package io.contactsync.store;

import java.time.Instant;
import java.util.List;

/** A review item as stored. */
public record ReviewItem(
        long id,
        ReviewKind kind,
        String correlationKey,
        List<String> salesforceIds,
        List<String> genesysIds,
        String reason,
        String details,
        ReviewStatus status,
        ReviewResolution resolution,
        Instant createdAt,
        Instant updatedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolutionNote) {
}
