package io.contactsync.api;

import io.contactsync.cycle.CycleAlreadyRunningException;
import io.contactsync.cycle.SyncedObjects;
import io.contactsync.store.SyncStore;

import java.time.Duration;
import java.util.UUID;

/**
 * An operator's change to both systems takes the sync-cycle lock, so it never runs while a cycle reads or writes
 * the same records (and no cycle starts while it runs). While it holds the lock, the writers work on the settings of
 * the object the change is about, as during that object's pass of a cycle.
 */
public final class AdminLock {

    private static final Duration TTL = Duration.ofMinutes(2);

    private final SyncStore store;
    private final SyncedObjects objects;

    public AdminLock(SyncStore store, SyncedObjects objects) {
        this.store = store;
        this.objects = objects;
    }

    /** @return the owner to release with; throws (409) when a cycle holds the lock */
    public String acquire(RecordJob job) {
        String owner = "admin-api/" + UUID.randomUUID();
        if (!store.cycleLock().tryAcquire(owner, TTL)) {
            throw new CycleAlreadyRunningException("a sync cycle is running (held by "
                    + store.cycleLock().holder().orElse("another process") + "): retry when it has finished");
        }
        objects.begin(job.object());
        return owner;
    }

    public void release(String owner) {
        if (owner != null) {
            objects.endPasses();
            store.cycleLock().release(owner);
        }
    }
}
