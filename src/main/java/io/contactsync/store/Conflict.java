package io.contactsync.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.contactsync.model.Side;

import java.time.Instant;

/**
 * A recorded field conflict: what was recorded (its status, winner and chosen value as they are now, after an
 * operator's resolution when there is one), when it was detected and last found again (an OPEN conflict is updated
 * by each cycle that finds it), who resolved it, and, when an operator overrode a policy's decision, the policy's
 * winner and value. The admin API shows it as one flat object.
 */
public record Conflict(
        long id,
        @JsonUnwrapped NewConflict details,
        Instant detectedAt,
        Instant updatedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolutionNote,
        Side overriddenWinner,
        String overriddenValue) {
}
