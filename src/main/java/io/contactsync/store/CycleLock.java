package io.contactsync.store;

import java.time.Duration;
import java.util.Optional;

/**
 * The cluster-wide lock that lets one sync cycle run at a time across all processes sharing the database. It is a
 * lease: a holder that dies loses it when it expires, so a long cycle must {@link #renew} it.
 */
public final class CycleLock {

    private static final String CYCLE = "sync-cycle";
    private static final Leases LEASES = new Leases("sync_lock", "lock_name");

    private final Db db;
    private final StoreClock clock;

    CycleLock(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** True if {@code owner} now holds the lock (it was free, expired, or already {@code owner}'s). */
    public boolean tryAcquire(String owner, Duration ttl) {
        return db.call(handle -> LEASES.acquire(handle, CYCLE, owner, ttl, clock.now()));
    }

    /** Extends the lock; false if {@code owner} no longer holds it (another process took it after it expired). */
    public boolean renew(String owner, Duration ttl) {
        return db.call(handle -> LEASES.renew(handle, CYCLE, owner, ttl, clock.now()));
    }

    public boolean release(String owner) {
        return db.call(handle -> LEASES.release(handle, CYCLE, owner));
    }

    /** Who holds the lock right now, if anyone (an expired lease counts as free). */
    public Optional<String> holder() {
        return db.call(handle -> handle.createQuery("SELECT lease_owner FROM sync_lock"
                        + " WHERE lock_name = :name AND lease_owner IS NOT NULL AND lease_until > :now")
                .bind("name", CYCLE)
                .bind("now", clock.now())
                .mapTo(String.class)
                .findOne());
    }
}
