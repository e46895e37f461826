package io.contactsync.sandbox.genesys;

import java.time.Instant;

/**
 * A record the server stores (a contact, an organization): the server-set id and dates around the fields a
 * client writes.
 *
 * @param <F> the client-writable fields
 */
interface StoredRecord<F> {

    String id();

    F fields();

    Instant createDate();

    Instant modifyDate();

    /** Makes a stored record from its id, fields and dates (a record type's canonical constructor). */
    @FunctionalInterface
    interface Maker<F, R extends StoredRecord<F>> {
        R make(String id, F fields, Instant createDate, Instant modifyDate);
    }
}
