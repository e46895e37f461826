package io.contactsync.store;

import java.time.Instant;

/** One sync cycle as recorded. {@code finishedAt} and {@code errorText} are null while it runs. */
public record SyncRun(
        long id,
        RunTrigger trigger,
        String owner,
        RunStatus status,
        Instant startedAt,
        Instant finishedAt,
        RunCounts counts,
        String errorText) {
}
