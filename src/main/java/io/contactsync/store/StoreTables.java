package io.contactsync.store;

/**
 * The store's tables, all working on the same connection: inside {@link SyncStore#inTransaction} everything done
 * through them commits or rolls back together.
 */
public record StoreTables(
        ContactLinks links,
        CycleLock cycleLock,
        Watermarks watermarks,
        SyncRuns runs,
        Conflicts conflicts,
        Journal journal,
        DeadLetters deadLetters,
        ReviewItems reviews,
        RefetchRequests refetches,
        DisappearanceHolds disappearanceHolds) {

    static StoreTables over(Db db, StoreClock clock) {
        return new StoreTables(
                new ContactLinks(db, clock),
                new CycleLock(db, clock),
                new Watermarks(db, clock),
                new SyncRuns(db, clock),
                new Conflicts(db, clock),
                new Journal(db, clock),
                new DeadLetters(db, clock),
                new ReviewItems(db, clock),
                new RefetchRequests(db, clock),
                new DisappearanceHolds(db, clock));
    }
}
