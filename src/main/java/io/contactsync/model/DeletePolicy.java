package io.contactsync.model;

/** What to do when a linked contact is deleted on one side. */
public enum DeletePolicy {
    /** Keep the survivor, retire the link (never re-create the deleted one), record it in the audit log. */
    UNLINK,
    /** Delete the survivor too, and retire the link. */
    PROPAGATE,
    /** Do nothing: no write, the link stays. */
    IGNORE
}
