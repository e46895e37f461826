package io.contactsync.bench;

/** One of the two syncs the benchmark compares: contact-sync itself, or the baseline of the original brief. */
interface SyncUnderTest extends AutoCloseable {

    /** Runs one whole cycle and answers with what it did, in one line. */
    String runCycle();

    @Override
    void close();
}
