package io.contactsync.monitor;

import io.contactsync.store.PurgeResult;
import io.contactsync.store.SyncStore;

import java.time.Clock;
import java.time.Duration;

/** Keeps the audit (journal, decided conflicts, closed dead letters, runs, resolved reviews) for {@code retention}. */
public final class AuditRetention {

    private final SyncStore store;
    private final Clock clock;
    private final Duration retention;

    public AuditRetention(SyncStore store, Clock clock, Duration retention) {
        this.store = store;
        this.clock = clock;
        this.retention = retention;
    }

    public PurgeResult purge() {
        return store.purgeAuditOlderThan(clock.instant().minus(retention));
    }

    public Duration retention() {
        return retention;
    }
}
