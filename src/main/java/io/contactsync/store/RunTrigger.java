package io.contactsync.store;

/** What started a sync run. */
public enum RunTrigger {
    SCHEDULE,
    API
}
