package io.contactsync.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;

/**
 * A recorded field conflict: what was recorded (its status, winner and chosen value as they are now, after an
 * operator's resolution when there is one), when it was detected, and who resolved it. The admin API shows it as
 * one flat object.
 */
public record Conflict(
        long id,
        @JsonUnwrapped NewConflict details,
        Instant detectedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolutionNote) {
}
