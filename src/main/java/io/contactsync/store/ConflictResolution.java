package io.contactsync.store;

import io.contactsync.model.Side;

/**
 * An operator's decision on an OPEN conflict.
 *
 * @param chosenValue the value to keep (the engine writes it to both sides)
 * @param winner      the side whose value was taken, or null for a value of the operator's own
 */
public record ConflictResolution(String chosenValue, Side winner, String resolvedBy, String note) {

    public ConflictResolution {
        if (resolvedBy == null || resolvedBy.isBlank()) {
            throw new IllegalArgumentException("A resolution names who resolved it");
        }
    }
}
