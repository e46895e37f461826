package io.contactsync.cycle;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.RunStatus;
import io.contactsync.store.RunTrigger;
import io.contactsync.store.SyncRun;
import io.contactsync.store.SyncStore;
import io.contactsync.store.Watermark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens and closes a sync cycle: one at a time across every process sharing the state store (the cycle
 * lock), a run row for its history, and the watermarks, which move only past what was processed.
 */
public final class SyncCycle {

    private static final Logger LOG = LoggerFactory.getLogger(SyncCycle.class);

    private final SyncStore store;
    private final Clock clock;
    private final String owner;
    private final Duration overlap;
    private final Duration lockTtl;
    private final SyncedObjects objects;
    /** Runs as each pass begins, after the passes before it committed (the organizations' links a contact reads). */
    private final Runnable passBegins;
    /** The lock owner of the cycle this process runs now, if any. */
    private volatile String heldBy;
    /** Renews the lock while a cycle holds it, so a dead process's lock expires within the TTL. */
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cycle-lock-renewer");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> renewal;

    public SyncCycle(SyncStore store, Clock clock, String owner, Duration overlap, Duration lockTtl,
                     SyncedObjects objects, Runnable passBegins) {
        this.store = store;
        this.clock = clock;
        this.owner = owner;
        this.overlap = overlap;
        this.lockTtl = lockTtl;
        this.objects = objects;
        this.passBegins = passBegins;
    }

    /**
     * Starts a cycle.
     *
     * @throws CycleAlreadyRunningException when another cycle holds the lock
     */
    public CycleState open(String trigger) {
        return open(trigger, false);
    }

    /**
     * Starts a dry run: it holds the cycle lock like a cycle (never runs beside one) but opens no run row, so nothing
     * in the run history or the monitor can take it for a real run. {@link #endDryRun} releases the lock.
     *
     * @throws CycleAlreadyRunningException when another cycle holds the lock
     */
    public CycleState openDryRun(String trigger) {
        return open(trigger, true);
    }

    private CycleState open(String trigger, boolean dryRun) {
        String lockOwner = owner + "/" + UUID.randomUUID();
        if (!store.cycleLock().tryAcquire(lockOwner, lockTtl)) {
            throw new CycleAlreadyRunningException("a sync cycle is already running (held by "
                    + store.cycleLock().holder().orElse("another process") + ")");
        }
        try {
            RunTrigger runTrigger = "api".equalsIgnoreCase(trigger) ? RunTrigger.API : RunTrigger.SCHEDULE;
            long runId = 0;
            Instant startedAt = clock.instant();
            if (!dryRun) {
                // holding the lock, no other cycle runs: a run still open was left by a process that stopped mid-cycle
                store.runs().abandonRunning(clock.instant());
                SyncRun run = store.runs().open(runTrigger, owner);
                runId = run.id();
                startedAt = run.startedAt();
            }
            heldBy = lockOwner;
            long every = Math.max(1, lockTtl.toMillis() / 3);
            renewal = renewer.scheduleAtFixedRate(() -> renew(lockOwner), every, every, TimeUnit.MILLISECONDS);
            MappedObject first = objects.objects().get(0);
            return new CycleState(first, runId, dryRun, lockOwner, runTrigger, startedAt, watermarks(first), overlap,
                    null);
        } catch (RuntimeException e) {
            store.cycleLock().release(lockOwner);
            throw e;
        }
    }

    private Map<Side, Optional<Watermark>> watermarks(MappedObject object) {
        Map<Side, Optional<Watermark>> watermarks = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            watermarks.put(side, store.watermarks().get(object, side));
        }
        return watermarks;
    }

    /** How many passes a cycle makes: one per synced object. */
    public int passCount() {
        return objects.objects().size();
    }

    /**
     * Begins a pass of the cycle: the first object's pass is the state {@link #open} made; each later one gets a
     * state of its own, for its object's watermarks and records, in the same run (and with the same counts).
     *
     * @param pass the pass's place, from 0
     */
    public CycleState beginPass(CycleState cycle, int pass) {
        MappedObject object = objects.objects().get(pass);
        CycleState passState = pass == 0 ? cycle : new CycleState(object, cycle.runId(), cycle.dryRun(),
                cycle.lockOwner(), cycle.trigger(), cycle.startedAt(), watermarks(object), overlap, cycle);
        objects.begin(object);
        passBegins.run();
        return passState;
    }

    /** Ends a pass that ran to the end: its object's watermarks move past what it processed. */
    public void endPass(CycleState cycle) {
        for (Side side : Side.values()) {
            cycle.advanceTo(side).ifPresent(w -> store.watermarks()
                    .advance(cycle.object(), side, w.modifiedAt(), w.lastId()));
            cycle.mappedFields().ifPresent(fields -> store.watermarks()
                    .markMappedFields(cycle.object(), side, fields));
        }
    }

    /** Ends a dry run however it went: only the lock is released; no watermark, run or hold changes. */
    public void endDryRun(CycleState cycle) {
        release(cycle);
    }

    /** At shutdown: frees the lock if a cycle this process started still holds it, so a restart need not wait. */
    public void releaseLock() {
        renewer.shutdownNow();
        String cycleOwner = heldBy;
        if (cycleOwner != null) {
            store.cycleLock().release(cycleOwner);
        }
    }

    private void renew(String lockOwner) {
        try {
            if (!store.cycleLock().renew(lockOwner, lockTtl)) {
                LOG.warn("The cycle lock was lost (held longer than {} without renewal?)", lockTtl);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not renew the cycle lock: {}", e.getMessage());
        }
    }

    private void release(CycleState cycle) {
        if (renewal != null) {
            renewal.cancel(false);
        }
        store.cycleLock().release(cycle.lockOwner());
        heldBy = null;
        objects.endPasses();
    }

    /**
     * Once the cycle's settings are settled (after the mapping check, which may have taken changed ones into use): a
     * side whose last completed cycle read other mapped fields, or did not record which, is read in full, so that a
     * field added to the mapping settles for every pair and not only for the contacts edited since.
     */
    public void settleSettings(CycleState cycle) {
        String fields = objects.get().mapping().readFingerprint();
        Set<Side> inFull = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (!cycle.fullPoll(side)
                    && !store.watermarks().mappedFields(cycle.object(), side).equals(Optional.of(fields))) {
                LOG.info("The mapped fields differ from those {} was last read with: this cycle reads it in full", side);
                inFull.add(side);
            }
        }
        cycle.readWith(fields, inFull);
    }

    /** Ends a cycle whose passes ran to the end ({@link #endPass} each): closes the run. */
    public RunSummary close(CycleState cycle) {
        try {
            CycleState.Counts counts = cycle.counts();
            RunStatus status = counts.errors > 0 || counts.deadLettered > 0 ? RunStatus.PARTIAL : RunStatus.SUCCEEDED;
            store.runs().close(cycle.runId(), status, counts.toRunCounts(), null);
            return summary(cycle.runId());
        } finally {
            release(cycle);
        }
    }

    /** Ends a cycle that failed: the watermarks stay, so the next cycle polls the same changes again. */
    public RunSummary fail(CycleState cycle, Exception cause) {
        try {
            String reason = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            LOG.warn("Sync cycle {} failed: {}", cycle.runId(), reason);
            store.runs().close(cycle.runId(), RunStatus.FAILED, cycle.counts().toRunCounts(), reason);
            return summary(cycle.runId());
        } finally {
            release(cycle);
        }
    }

    /**
     * Ends a cycle the mass-disappearance guard held before it acted: the watermarks stay, so the run after the
     * operator's confirmation reads the same deletes again.
     */
    public RunSummary hold(CycleState cycle, MassDisappearanceHeld held) {
        try {
            LOG.warn("Sync cycle {} held: {}", cycle.runId(), held.getMessage());
            store.runs().close(cycle.runId(), RunStatus.HELD, cycle.counts().toRunCounts(), held.getMessage());
            return summary(cycle.runId());
        } finally {
            release(cycle);
        }
    }

    public RunSummary summary(long runId) {
        return store.runs().get(runId).map(RunSummary::of)
                .orElseThrow(() -> new IllegalArgumentException("no run " + runId));
    }

    public Clock clock() {
        return clock;
    }
}
