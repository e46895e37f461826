package io.contactsync.store;

/** Where a mass-disappearance hold stands. */
public enum HoldStatus {
    /** Runs are held; waiting for an operator. */
    OPEN,
    /** An operator confirmed the disappearance: the next run acts on it. */
    CONFIRMED,
    /** The run after the confirmation acted on it. */
    USED,
    /** A later run found the contacts back (or no longer gone in numbers) before anyone confirmed: nothing to do. */
    CLEARED
}
