package io.contactsync.cycle;

import io.contactsync.model.SideRecord;
import io.contactsync.store.RecordRef;
import io.contactsync.store.SyncStore;

import java.util.Set;

/**
 * The operators' "different people" decisions as matching needs them. A record declared distinct from another is
 * never grouped with records that merely share its email or phone: it stands alone, so each such record is judged on
 * its own (and created on the other side when no undecided record there shares its email).
 */
public final class DistinctRecords {

    private final SyncStore store;
    private long loadedForRun = -1;
    private Set<RecordRef> declared = Set.of();

    public DistinctRecords(SyncStore store) {
        this.store = store;
    }

    /** Whether an operator declared this record a different person from some other record (read once per cycle). */
    public synchronized boolean declared(CycleState cycle, SideRecord record) {
        if (cycle.runId() != loadedForRun) {
            declared = store.reviews().recordsMarkedDistinct();
            loadedForRun = cycle.runId();
        }
        return declared.contains(new RecordRef(record.side(), record.id()));
    }

    /** Whether an operator declared these two contacts different people. */
    public boolean between(String salesforceId, String genesysId) {
        return store.reviews().isMarkedDistinct(salesforceId, genesysId);
    }
}
