package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;

import java.util.List;

/**
 * One write the sync made to a record of one object (or a link of two). {@code side} and {@code recordId} may be null
 * for {@link JournalAction#LINK}.
 *
 * @param fieldsWritten the canonical fields the write changed
 * @param beforeJson    the record before the write (null for a create)
 * @param afterJson     the record after the write (null for a delete)
 */
public record NewJournalEntry(
        MappedObject object,
        Long runId,
        String pairId,
        Side side,
        String recordId,
        JournalAction action,
        List<String> fieldsWritten,
        String beforeJson,
        String afterJson) {

    public NewJournalEntry {
        if (object == null) {
            throw new IllegalArgumentException("A journal entry names its object");
        }
        if (action == null) {
            throw new IllegalArgumentException("A journal entry names its action");
        }
        fieldsWritten = fieldsWritten == null ? List.of() : List.copyOf(fieldsWritten);
    }
}
