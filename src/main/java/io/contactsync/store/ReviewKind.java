package io.contactsync.store;

/** Why a decision is left to an operator. */
public enum ReviewKind {
    /** One record matches several on the other side. */
    AMBIGUOUS_MATCH,
    /** Unlinked records on one side share an email; they are not spread to the other system until decided. */
    DUPLICATE_EMAIL,
    /** A field with the MANUAL policy differs. */
    MANUAL_FIELD,
    /** One side deleted a contact the other side changed. */
    DELETE_CONFLICT
}
