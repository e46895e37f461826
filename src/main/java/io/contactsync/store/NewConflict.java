package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;

import java.time.Instant;

/**
 * A field conflict of a pair of one object's records: both values, the base, both modification times and what the
 * policy decided; what the cycle records, and what a stored {@link Conflict} holds.
 *
 * @param policy      the field policy that applied (e.g. {@code LAST_WRITE}); free text to the store
 * @param resolver    the resolver bean that decided (e.g. {@code threeWayMerge})
 * @param winner      the side whose value won, or null when nobody won yet (OPEN)
 * @param chosenValue the value written to both sides, or null when nothing was written (OPEN)
 * @param status      {@link ConflictStatus#OPEN} or {@link ConflictStatus#AUTO_RESOLVED} when recorded;
 *                    {@link ConflictStatus#RESOLVED} once an operator resolved it
 */
public record NewConflict(
        MappedObject object,
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
        ConflictStatus status) {

    public NewConflict {
        if (object == null) {
            throw new IllegalArgumentException("A conflict names its object");
        }
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A conflict names its field");
        }
        if (policy == null || policy.isBlank()) {
            throw new IllegalArgumentException("A conflict names the policy that applied");
        }
    }

    /** The value this side had when the conflict was recorded. */
    public String value(Side side) {
        return side == Side.SALESFORCE ? salesforceValue : genesysValue;
    }

    /**
     * The value this side holds as far as the conflict knows: its own while OPEN (nothing was written), the chosen
     * value once a policy or an operator wrote it to both sides. A side holding anything else was edited since.
     */
    public String heldBy(Side side) {
        return status == ConflictStatus.OPEN ? value(side) : chosenValue;
    }
}
