package io.contactsync.model;

/** The two systems kept in sync. */
public enum Side {
    SALESFORCE,
    GENESYS;

    public Side other() {
        return this == SALESFORCE ? GENESYS : SALESFORCE;
    }
}
