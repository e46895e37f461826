package io.contactsync.monitor;

import io.contactsync.store.RunCounts;
import io.contactsync.store.RunStatus;
import io.contactsync.store.RunTrigger;
import io.contactsync.store.SyncRun;

import java.time.Instant;

/** Runs as the store returns them, for the monitor's decision tables. */
final class Runs {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Runs() {
    }

    static SyncRun run(long id, RunStatus status, int conflicts, int errors, int deadLettered) {
        return new SyncRun(id, RunTrigger.SCHEDULE, "host", status, T0.plusSeconds(id * 30),
                status == RunStatus.RUNNING ? null : T0.plusSeconds(id * 30 + 5),
                new RunCounts(0, 0, 0, 0, 0, conflicts, 0, 0, errors, deadLettered, 0), null);
    }

    static SyncRun run(long id, RunStatus status) {
        return run(id, status, 0, 0, 0);
    }
}
