package io.contactsync.cycle;

/** A cycle was asked for while another one holds the cycle lock. */
public class CycleAlreadyRunningException extends RuntimeException {

    public CycleAlreadyRunningException(String message) {
        super(message);
    }
}
