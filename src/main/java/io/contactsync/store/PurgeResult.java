package io.contactsync.store;

/** How many rows an audit purge deleted, per table. */
public record PurgeResult(int journalEntries, int conflicts, int deadLetters, int runs, int reviewItems) {

    public int total() {
        return journalEntries + conflicts + deadLetters + runs + reviewItems;
    }
}
