package io.contactsync.bench;

import io.contactsync.model.Side;

import java.time.Instant;
import java.util.Optional;

/**
 * The original brief's decision for a matched pair ({@code syncPair} and {@code resolveConflict}): a record
 * modified since the last sync run overwrites the other one; when both were, the one modified later wins the
 * whole record, Genesys Cloud on a tie ({@code sfTime > gzTime ? salesforce : genesys}).
 */
final class RecordLevelLastWrite {

    private RecordLevelLastWrite() {
    }

    /**
     * @param lastSync when the previous run started; null before the first run (everything counts as modified)
     * @return the side whose whole record is copied to the other, or empty when neither changed
     */
    static Optional<Side> winner(Instant salesforceModified, Instant genesysModified, Instant lastSync) {
        boolean salesforceChanged = lastSync == null || salesforceModified.isAfter(lastSync);
        boolean genesysChanged = lastSync == null || genesysModified.isAfter(lastSync);
        if (salesforceChanged && genesysChanged) {
            return Optional.of(salesforceModified.isAfter(genesysModified) ? Side.SALESFORCE : Side.GENESYS);
        }
        if (salesforceChanged) {
            return Optional.of(Side.SALESFORCE);
        }
        return genesysChanged ? Optional.of(Side.GENESYS) : Optional.empty();
    }
}
