package io.contactsync.cycle;

import io.contactsync.mapping.MappingResult;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.ContactLink;
import io.contactsync.store.NewReviewItem;
import io.contactsync.store.RecordRef;
import io.contactsync.store.RunCounts;
import io.contactsync.store.RunTrigger;
import io.contactsync.store.Watermark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one sync cycle accumulates while its routes run: the run it belongs to, where each side's
 * poll started and how far it got, the links looked up, the pair plans and the counts. One cycle runs at a
 * time, on one thread, so this is plain mutable state.
 */
public final class CycleState {

    private final MappedObject object;
    private final long runId;
    private final boolean dryRun;
    private final String lockOwner;
    private final RunTrigger trigger;
    private final Instant startedAt;
    private final Map<Side, Optional<Watermark>> startWatermarks;
    /** The sides read in full although they have a watermark: their last cycle read other mapped fields. */
    private final Set<Side> readInFull = EnumSet.noneOf(Side.class);
    /** The fingerprint of the mapped fields this cycle reads with; null until the settings are settled. */
    private String mappedFields;
    private final Duration overlap;
    private final Map<Side, Watermark> processedUpTo = new EnumMap<>(Side.class);
    private final Map<Side, Instant> leftForNextCycleFrom = new EnumMap<>(Side.class);
    private final Map<String, Optional<ContactLink>> links = new HashMap<>();
    private final List<PairPlan> plans = new ArrayList<>();
    private final Counts counts;
    /**
     * A dry run's pass before this one (of another object), for its report; null for the first, and in a cycle, which
     * lets an ended pass's records go.
     */
    private final CycleState previousPass;
    private final Set<String> genesysSeen = new HashSet<>();
    private final GenesysNotesScan genesysNotes = new GenesysNotesScan();
    private final Map<Side, SeenIndex> seen = new EnumMap<>(Map.of(Side.SALESFORCE, new SeenIndex(),
            Side.GENESYS, new SeenIndex()));
    private List<MappingResult<SideRecord>> polled = new ArrayList<>();
    /** The records kept so far, by side and id, once records are read by id (see {@link #requested}). */
    private Set<String> keptKeys;
    private Set<RecordRef> retrying = Set.of();
    private final Set<RecordRef> synced = new HashSet<>();
    private final List<NewReviewItem> reviews = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int ignored;
    private String holdReason;
    private String salesforceNextPage;
    private boolean salesforceDone;
    private String genesysCursor;
    private boolean genesysDone;

    /**
     * @param dryRun       decides like a cycle but writes nothing (see {@link #dryRun()}); its run id is 0, it has no
     *                     run
     * @param previousPass the same cycle's pass before this one, whose counts this one adds to; null for the first
     */
    CycleState(MappedObject object, long runId, boolean dryRun, String lockOwner, RunTrigger trigger, Instant startedAt,
               Map<Side, Optional<Watermark>> startWatermarks, Duration overlap, CycleState previousPass) {
        this.object = object;
        this.runId = runId;
        this.dryRun = dryRun;
        this.lockOwner = lockOwner;
        this.trigger = trigger;
        this.startedAt = startedAt;
        this.startWatermarks = Map.copyOf(startWatermarks);
        this.overlap = overlap;
        this.previousPass = dryRun ? previousPass : null;
        this.counts = previousPass == null ? new Counts() : previousPass.counts;
    }

    /** A dry run's passes up to this one, in order, one per synced object; a cycle's ended passes are gone. */
    public List<CycleState> passes() {
        List<CycleState> passes = previousPass == null ? new ArrayList<>() : previousPass.passes();
        passes.add(this);
        return passes;
    }

    /** What this cycle's pass syncs: contacts, or the organizations they belong to. */
    public MappedObject object() {
        return object;
    }

    public long runId() {
        return runId;
    }

    /**
     * A dry run: the routes skip every write step, the commit, review and dead-letter recording, the hold, the
     * watermarks and the monitor; what a cycle would have done is in its plans, reviews and failures.
     */
    public boolean dryRun() {
        return dryRun;
    }

    /** A review item the routing opens (a dry run only notes it). */
    public void reviewOpening(NewReviewItem item) {
        reviews.add(item);
        counts.ambiguous++;
    }

    public List<NewReviewItem> reviews() {
        return reviews;
    }

    /** A record a dry run would have dead-lettered, with the reason. */
    public void wouldFail(String record, String reason) {
        failures.add(record + ": " + reason);
        counts.errors++;
    }

    public List<String> failures() {
        return failures;
    }

    /** A group the matcher leaves alone (one-way mode, a record marked not to sync). */
    public void ignoredGroup() {
        ignored++;
    }

    public int ignored() {
        return ignored;
    }

    /** Why the mass-disappearance guard would hold this run (a dry run goes on planning, to show what it would do). */
    public void wouldHold(String reason) {
        holdReason = reason;
    }

    public Optional<String> holdReason() {
        return Optional.ofNullable(holdReason);
    }

    /** Who holds the cycle lock for this cycle: unique per cycle, so two cycles of one process exclude each other too. */
    String lockOwner() {
        return lockOwner;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Records modified at or after this instant are polled; empty for the first, full poll of a side. */
    public Optional<Instant> pollFrom(Side side) {
        return fullPoll(side) ? Optional.empty() : startWatermarks.get(side).map(w -> w.modifiedAt().minus(overlap));
    }

    public boolean fullPoll(Side side) {
        return startWatermarks.get(side).isEmpty() || readInFull.contains(side);
    }

    /**
     * The settings this cycle runs on are settled: it reads with the mapped fields of this fingerprint, and reads
     * these sides in full.
     */
    void readWith(String fingerprint, Set<Side> inFull) {
        mappedFields = fingerprint;
        readInFull.addAll(inFull);
    }

    /** The fingerprint of the mapped fields this cycle read with, once its settings were settled. */
    Optional<String> mappedFields() {
        return Optional.ofNullable(mappedFields);
    }

    /** Notes a polled record as processed, so the side's watermark may advance to it. */
    public void processed(SideRecord record) {
        processed(record.side(), record.modifiedAt(), record.id());
    }

    public void processed(Side side, Instant modifiedAt, String id) {
        Watermark current = processedUpTo.get(side);
        if (current == null || current.isBefore(modifiedAt, id)) {
            processedUpTo.put(side, new Watermark(side, modifiedAt, id));
        }
    }

    /** Keeps the side's watermark before this record, so the next cycle polls it again. */
    public void leaveForNextCycle(SideRecord record) {
        leftForNextCycleFrom.merge(record.side(), record.modifiedAt(), (a, b) -> a.isBefore(b) ? a : b);
    }

    /** Where the side's watermark may move after this cycle, if anywhere. */
    Optional<Watermark> advanceTo(Side side) {
        Watermark processed = processedUpTo.get(side);
        Instant cap = leftForNextCycleFrom.get(side);
        if (processed == null || cap == null || processed.modifiedAt().isBefore(cap)) {
            return Optional.ofNullable(processed);
        }
        return Optional.of(new Watermark(side, cap.minusMillis(1), null));
    }

    Map<String, Optional<ContactLink>> linkCache() {
        return links;
    }

    void addPlan(PairPlan plan) {
        plans.add(plan);
    }

    public List<PairPlan> plans() {
        return plans;
    }

    public Counts counts() {
        return counts;
    }

    public String salesforceNextPage() {
        return salesforceNextPage;
    }

    public boolean salesforceHasMore() {
        return !salesforceDone;
    }

    public void salesforcePageRead(String nextRecordsUrl) {
        salesforceNextPage = nextRecordsUrl;
        salesforceDone = nextRecordsUrl == null;
    }

    public String genesysCursor() {
        return genesysCursor;
    }

    public boolean genesysHasMore() {
        return !genesysDone;
    }

    public void genesysPageRead(String nextCursor) {
        genesysCursor = nextCursor;
        genesysDone = nextCursor == null;
    }

    /** Remembers a scanned Genesys Cloud contact: a linked one missing from a complete scan was deleted. */
    public void genesysSeen(String id) {
        genesysSeen.add(id);
    }

    /** The records of a side seen this cycle (every Genesys Cloud contact; Salesforce's polled ones). */
    public SeenIndex seen(Side side) {
        return seen.get(side);
    }

    /** Keeps the records of a polled page until both polls are done; they are paired after that. */
    public void polled(List<MappingResult<SideRecord>> records) {
        polled.addAll(records);
    }

    /**
     * Keeps records read by id (see {@link RequestedRecords}), less those a poll kept this cycle already: a record
     * read twice would look like two candidates for one contact.
     */
    public void requested(List<MappingResult<SideRecord>> records) {
        if (keptKeys == null) {
            // the polls are done when the first chunk is read by id: their records are indexed once, not per chunk
            keptKeys = new HashSet<>();
            polled.forEach(result -> key(result).ifPresent(keptKeys::add));
        }
        records.stream().filter(result -> key(result).map(keptKeys::add).orElse(true)).forEach(polled::add);
    }

    private static Optional<String> key(MappingResult<SideRecord> result) {
        return result instanceof MappingResult.Mapped<SideRecord> mapped
                ? Optional.of(mapped.value().side() + ":" + mapped.value().id()) : Optional.empty();
    }

    /** The deleted records both polls kept so far (a Salesforce delete, a linked Genesys Cloud contact missing). */
    public List<SideRecord> polledDeletes() {
        return polled.stream().filter(result -> result instanceof MappingResult.Mapped<SideRecord>)
                .map(result -> ((MappingResult.Mapped<SideRecord>) result).value())
                .filter(SideRecord::deleted)
                .toList();
    }

    /** Hands over the records both polls kept, once. */
    public List<MappingResult<SideRecord>> takePolled() {
        List<MappingResult<SideRecord>> records = polled;
        polled = new ArrayList<>();
        return records;
    }

    /** The records whose earlier writes failed and are retried until their pairs sync. */
    void retrying(Set<RecordRef> records) {
        retrying = Set.copyOf(records);
    }

    /** The records of a pair that is now in sync: those retried are settled at the cycle's end. */
    void synced(Side side, String recordId) {
        if (recordId != null && !retrying.isEmpty()) {
            RecordRef record = new RecordRef(side, recordId);
            if (retrying.contains(record)) {
                synced.add(record);
            }
        }
    }

    /** The retried records whose pairs this cycle synced. */
    Set<RecordRef> syncedRetries() {
        return synced;
    }

    /** This cycle's read of the Genesys Cloud contacts' notes. */
    public GenesysNotesScan genesysNotes() {
        return genesysNotes;
    }

    public boolean genesysScanComplete() {
        return genesysDone;
    }

    public Set<String> genesysSeenIds() {
        return genesysSeen;
    }

    /** Counters of the run, as the summary and the store report them. */
    public static final class Counts {
        int createdInSalesforce;
        int createdInGenesys;
        int updatedInSalesforce;
        int updatedInGenesys;
        int unchanged;
        int conflicts;
        int ambiguous;
        int deleted;
        int errors;
        int deadLettered;
        int unlinked;

        public RunCounts toRunCounts() {
            return new RunCounts(createdInSalesforce, createdInGenesys, updatedInSalesforce, updatedInGenesys,
                    unchanged, conflicts, ambiguous, deleted, errors, deadLettered,
                    unlinked);
        }

        void written(Side side, WriteCommand.Operation operation) {
            boolean salesforce = side == Side.SALESFORCE;
            switch (operation) {
                case CREATE -> {
                    if (salesforce) {
                        createdInSalesforce++;
                    } else {
                        createdInGenesys++;
                    }
                }
                case UPDATE -> {
                    if (salesforce) {
                        updatedInSalesforce++;
                    } else {
                        updatedInGenesys++;
                    }
                }
                case DELETE -> deleted++;
            }
        }

    }
}
