package io.contactsync.store;

/**
 * A write would break a uniqueness rule, e.g. linking a Salesforce or Genesys id that already belongs to a pair
 * (also a tombstoned one: a deleted contact is never linked again).
 */
public class DuplicateRecordException extends StoreException {

    public DuplicateRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
