package io.contactsync.store;

/** Where a field conflict stands. */
public enum ConflictStatus {
    /** Waiting for an operator (MANUAL policy): neither side was written for the field. */
    OPEN,
    /** The field's policy chose a winner; kept as the audit of the losing value. */
    AUTO_RESOLVED,
    /** An operator decided (on an OPEN conflict, or overriding an AUTO_RESOLVED one). */
    RESOLVED,
    /** Was OPEN, then both systems came to hold the same value: nobody has to decide any more. */
    AGREED,
    /** Was OPEN, then the pair was retired (a contact deleted, the link gone): there is nothing left to decide. */
    PAIR_RETIRED
}
