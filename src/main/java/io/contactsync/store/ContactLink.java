package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;

import java.time.Instant;

/**
 * A linked pair as stored: the object it syncs, both record ids, the base (the canonical snapshot both systems last
 * agreed on, as JSON, with its hash and normalised email, and its echoes: the JSON of
 * {@code io.contactsync.model.Echoes}, null for none), the status and the optimistic-concurrency version.
 */
public record ContactLink(
        MappedObject object,
        String pairId,
        String salesforceId,
        String genesysId,
        LinkStatus status,
        String baseSnapshot,
        String baseHash,
        String baseEmail,
        long version,
        Instant lastSyncedAt,
        Instant createdAt,
        Instant updatedAt,
        String leaseOwner,
        Instant leaseUntil,
        String baseEchoes) {

    public String recordId(Side side) {
        return side == Side.SALESFORCE ? salesforceId : genesysId;
    }

    public boolean isTombstone() {
        return status.isTombstone();
    }
}
