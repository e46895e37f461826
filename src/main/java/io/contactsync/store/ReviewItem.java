package io.contactsync.store;


import io.contactsync.model.MappedObject;
import java.time.Instant;
import java.util.List;

/** A review item as stored, about records of {@code object}. */
public record ReviewItem(
        long id,
        MappedObject object,
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
