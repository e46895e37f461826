package io.contactsync.store;

/** How a sync run ended (or that it is still going). */
public enum RunStatus {
    RUNNING,
    /** Every record was synced. */
    SUCCEEDED,
    /** The cycle completed but some records failed (dead-lettered or sent to review). */
    PARTIAL,
    /** The cycle stopped early: a poll or the store failed. */
    FAILED,
    /** The process running it died; a later cycle closed it. */
    ABANDONED,
    /** The cycle stopped before acting: most linked contacts are gone from one side; waits for an operator. */
    HELD
}
