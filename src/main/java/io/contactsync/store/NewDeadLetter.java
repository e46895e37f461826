package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;

/**
 * A record that could not be read or written.
 *
 * @param object     what the record is (a contact, an organization)
 * @param side       the system the record came from or was going to
 * @param recordId   its id on that side, when known
 * @param operation  what failed, e.g. {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code MAP}
 * @param payload    the record or request as JSON, enough to replay it
 * @param error      why it failed, for an operator
 * @param replayable whether replaying can succeed (false for e.g. a record that cannot be mapped)
 * @param source     the record on the other side a write came from (a failed create has no {@code recordId} yet),
 *                   or null
 */
public record NewDeadLetter(
        MappedObject object,
        Long runId,
        Side side,
        String recordId,
        String operation,
        String payload,
        String error,
        boolean replayable,
        RecordRef source) {

    public NewDeadLetter {
        if (object == null) {
            throw new IllegalArgumentException("A dead letter names its object");
        }
        if (side == null) {
            throw new IllegalArgumentException("A dead letter names its side");
        }
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("A dead letter names the operation that failed");
        }
        if (error == null || error.isBlank()) {
            throw new IllegalArgumentException("A dead letter says why it failed");
        }
    }
}
