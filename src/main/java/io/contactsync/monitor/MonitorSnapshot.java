package io.contactsync.monitor;

import io.contactsync.store.SyncRun;

import java.time.Instant;
import java.util.Optional;

/**
 * What the monitor knows when it decides on alerts.
 *
 * @param finishedRun    the run that just ended; empty for the periodic check between cycles
 * @param recentRuns     the latest finished runs
 * @param lastSuccessAt  when the latest successful run finished, if any
 * @param watchingSince  when this process started watching (a new install is not stale at once)
 * @param openDeadLetters dead letters waiting for an operator
 * @param initialReconcile whether the finished run is the first to complete (it meets every old difference)
 * @param settingsRefusal why a changed mapping or policies file is not in use; empty when none is refused
 */
public record MonitorSnapshot(Optional<SyncRun> finishedRun, RunWindow recentRuns, Optional<Instant> lastSuccessAt,
                              Instant watchingSince, long openDeadLetters, Instant now, boolean initialReconcile,
                              Optional<String> settingsRefusal) {
}
