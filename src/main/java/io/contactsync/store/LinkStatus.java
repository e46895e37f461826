package io.contactsync.store;

import io.contactsync.model.Side;

/** The state of a linked pair. Anything but {@link #ACTIVE} is a tombstone: the pair is not synced or re-created. */
public enum LinkStatus {
    ACTIVE,
    /** An operator or the delete policy separated the two records; neither is linked or re-created again. */
    UNLINKED,
    DELETED_IN_SALESFORCE,
    DELETED_IN_GENESYS,
    DELETED_IN_BOTH;

    public static LinkStatus deletedIn(Side side) {
        return side == Side.SALESFORCE ? DELETED_IN_SALESFORCE : DELETED_IN_GENESYS;
    }

    public boolean isTombstone() {
        return this != ACTIVE;
    }
}
