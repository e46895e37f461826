package io.contactsync.store;


import io.contactsync.model.MappedObject;
import java.time.Instant;

/**
 * A record the cycles read by id whatever their watermarks say: one an operator asked for ({@code attempts} 0), or one
 * whose write failed and is retried until its pair syncs.
 *
 * @param object        what the record is (a contact, an organization)
 * @param attempts      the failed attempts so far
 * @param lastError     why the last attempt failed, or null
 * @param nextAttemptAt when a cycle reads it again; null when retrying cannot help and it waits for an edit
 */
public record RefetchRequest(
        MappedObject object,
        RecordRef record,
        String reason,
        Instant requestedAt,
        int attempts,
        String lastError,
        Instant nextAttemptAt) {
}
