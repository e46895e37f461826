package io.contactsync.store;

/** The database cannot be reached (down, wrong URL or credentials, pool exhausted). */
public class StoreUnavailableException extends StoreException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
