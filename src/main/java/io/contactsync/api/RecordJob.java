package io.contactsync.api;

import io.contactsync.model.MappedObject;

/**
 * An operator action as a sequence of single-record steps: the route asks for the next step while there is one,
 * carries it out, and hands back the answer, which decides the step after it. A step is a {@link RecordRead}, or a
 * {@link io.contactsync.cycle.WriteCommand} sent through the writers as the cycle's writes are (freshness check
 * included) and holding its outcome afterwards. No I/O of its own.
 */
public interface RecordJob {

    /** Whose records it reads and writes: a contact's, or an organization's. */
    MappedObject object();

    boolean hasNext();

    /** A {@link RecordRead} or a {@link io.contactsync.cycle.WriteCommand}. */
    Object next();

    /** The step {@link #next()} gave is done: the record read, or nothing after a write (its outcome is in it). */
    void answered(String body);
}
