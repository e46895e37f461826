package io.contactsync.api;

/**
 * An operator action as a sequence of single-record calls: the route asks for the next call while there is one,
 * sends it, and hands the answer back, which decides the call after it. No I/O of its own.
 */
public interface RecordJob {

    boolean hasNext();

    RecordCall next();

    /** The answer of the call {@link #next()} gave (a 2xx; failures end the job as exceptions). */
    void answered(String body);
}
