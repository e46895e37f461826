package io.contactsync.monitor;

import io.contactsync.store.RunStatus;
import io.contactsync.store.SyncRun;

import java.util.List;
import java.util.function.Predicate;

/** Facts about the latest finished runs, newest first (a run still going is left out). */
public record RunWindow(List<SyncRun> finishedNewestFirst) {

    public RunWindow {
        finishedNewestFirst = finishedNewestFirst.stream().filter(run -> run.status() != RunStatus.RUNNING).toList();
    }

    /** Mean conflicts per run over the window; 0 when there are no runs. */
    public double conflictsPerRun() {
        return finishedNewestFirst.stream().mapToInt(run -> run.counts().conflicts()).average().orElse(0);
    }

    /** Whether there are at least {@code count} runs and the latest {@code count} all FAILED. */
    public boolean latestAllFailed(int count) {
        return latestAll(count, run -> run.status() == RunStatus.FAILED);
    }

    /** Whether there are at least {@code count} runs and each of the latest {@code count} dead-lettered records. */
    public boolean latestAllAddedDeadLetters(int count) {
        return latestAll(count, run -> run.counts().deadLettered() > 0);
    }

    public List<RunStatus> statuses() {
        return finishedNewestFirst.stream().map(SyncRun::status).toList();
    }

    private boolean latestAll(int count, Predicate<SyncRun> test) {
        return count > 0 && finishedNewestFirst.size() >= count
                && finishedNewestFirst.subList(0, count).stream().allMatch(test);
    }
}
