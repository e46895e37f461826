package io.contactsync.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Where a table class runs its SQL: a pooled connection per call, or the single connection of a transaction. The
 * table classes are written once and serve both.
 */
interface Db {

    <R> R call(HandleCallback<R, RuntimeException> work);

    /** Each call borrows a connection from the pool; failures become store exceptions. */
    static Db pooled(Jdbi jdbi) {
        return new Db() {
            @Override
            public <R> R call(HandleCallback<R, RuntimeException> work) {
                try {
                    return jdbi.withHandle(work);
                } catch (RuntimeException e) {
                    throw StoreErrors.translate(e);
                }
            }
        };
    }

    /** Every call runs on the transaction's handle; the transaction translates failures when it ends. */
    static Db bound(Handle handle) {
        return new Db() {
            @Override
            public <R> R call(HandleCallback<R, RuntimeException> work) {
                return work.withHandle(handle);
            }
        };
    }
}
