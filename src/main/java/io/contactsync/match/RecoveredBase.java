package io.contactsync.match;

import io.contactsync.model.Contact;
import io.contactsync.model.SideRecord;

import java.util.List;
import java.util.Objects;

/**
 * The base of a pair met without a stored link through the id the sync writes into the contacts it creates: the
 * process stopped (a crash, or a create whose answer was lost) between creating the contact on one side and storing
 * the link. The created record is a copy of its source as the sync wrote it, so while nobody has changed it since
 * its creation it holds what both sides last agreed on: the sync's own create is not an edit, and an edit made to
 * the source since then is one side's change, not a conflict with the sync's write. Without such an untouched copy
 * the base is unknown (null).
 */
public final class RecoveredBase {

    private RecoveredBase() {
    }

    /** The base of an unlinked pair: the values of the untouched copy naming the other record, else null. */
    public static Contact of(SideRecord salesforce, SideRecord genesys) {
        if (salesforce == null || genesys == null) {
            return null;
        }
        List<SideRecord> copies = List.of(salesforce, genesys).stream()
                .filter(record -> !record.deleted() && record.unchangedSinceCreated())
                .filter(record -> Objects.equals(record.otherSideId(), (record == salesforce ? genesys : salesforce).id()))
                .toList();
        return copies.size() == 1 ? copies.get(0).contact() : null;
    }
}
