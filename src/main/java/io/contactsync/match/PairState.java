package io.contactsync.match;

/** Where a matched pair stands against its base; the route's content-based router switches on it. */
public enum PairState {
    /** Matched for the first time (no base): resolve, write, then store the link and both external ids. */
    NEW_PAIR,
    /** Both sides still equal the base (e.g. the sync's own writes coming back): nothing to do. */
    UNCHANGED,
    /** One side differs from the base: resolve (the other side gets the change). */
    ONE_SIDE_CHANGED,
    /** Both sides differ from the base: resolve (field-level conflicts possible). */
    BOTH_CHANGED,
    /** A side (or both) was deleted: decide with {@code DeleteResolver}. */
    DELETED
}
