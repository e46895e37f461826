package io.contactsync.store;

import io.contactsync.model.MappedObject;

import io.contactsync.model.Side;

import java.time.Instant;

/**
 * A run held because it found most linked records of an object (contacts, organizations) gone from one side.
 *
 * @param object      whose links vanished
 * @param runId       the latest run held for it
 * @param gone        how many linked contacts that run found gone
 * @param linked      how many contacts were linked
 * @param confirmedBy the operator who confirmed it; null while it is OPEN
 */
public record DisappearanceHold(long id, MappedObject object, long runId, Side side, int gone, int linked, HoldStatus status,
                                Instant heldAt, String confirmedBy, Instant confirmedAt) {
}
