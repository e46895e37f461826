package io.contactsync.cycle;

import io.contactsync.store.RunCounts;
import io.contactsync.store.SyncRun;

import java.time.Instant;

/** The JSON shape of a run in the admin API: {@code POST /api/sync/run}, {@code GET /api/runs[/{id}]}. */
public record RunSummary(long runId, String status, String trigger, Instant startedAt, Instant finishedAt,
                         Counts counts, String error) {

    public record Counts(int createdInSalesforce, int createdInGenesys, int updatedInSalesforce,
                         int updatedInGenesys, int unchanged, int conflicts, int ambiguous, int deleted, int errors,
                         int deadLettered, int unlinked) {
    }

    public static RunSummary of(SyncRun run) {
        RunCounts c = run.counts();
        return new RunSummary(run.id(), run.status().name(), run.trigger().name(), run.startedAt(), run.finishedAt(),
                new Counts(c.createdInSalesforce(), c.createdInGenesys(), c.updatedInSalesforce(),
                        c.updatedInGenesys(), c.unchanged(), c.conflicts(), c.ambiguous(), c.deleted(), c.errors(),
                        c.deadLettered(), c.unlinked()),
                run.errorText());
    }
}
