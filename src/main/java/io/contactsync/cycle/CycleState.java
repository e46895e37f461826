package io.contactsync.cycle;

import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.ContactLink;
import io.contactsync.store.RunCounts;
import io.contactsync.store.RunTrigger;
import io.contactsync.store.Watermark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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

    private final long runId;
    private final RunTrigger trigger;
    private final Instant startedAt;
    private final Map<Side, Optional<Watermark>> startWatermarks;
    private final Duration overlap;
    private final Map<Side, Watermark> processedUpTo = new EnumMap<>(Side.class);
    private final Map<Side, Instant> leftForNextCycleFrom = new EnumMap<>(Side.class);
    private final Map<String, Optional<ContactLink>> links = new HashMap<>();
    private final List<PairPlan> plans = new ArrayList<>();
    private final Counts counts = new Counts();
    private final Set<String> genesysSeen = new HashSet<>();
    private final Map<String, List<String>> genesysIdsByKey = new HashMap<>();
    private final Map<String, String> salesforceKeys = new HashMap<>();
    private final Map<String, String> salesforceIdsByGenesysId = new HashMap<>();
    private String salesforceNextPage;
    private boolean salesforceDone;
    private String genesysCursor;
    private boolean genesysDone;
    private int genesysPages;

    CycleState(long runId, RunTrigger trigger, Instant startedAt, Map<Side, Optional<Watermark>> startWatermarks,
               Duration overlap) {
        this.runId = runId;
        this.trigger = trigger;
        this.startedAt = startedAt;
        this.startWatermarks = Map.copyOf(startWatermarks);
        this.overlap = overlap;
    }

    public long runId() {
        return runId;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Records modified at or after this instant are polled; empty for the first, full poll of a side. */
    public Optional<Instant> pollFrom(Side side) {
        return startWatermarks.get(side).map(w -> w.modifiedAt().minus(overlap));
    }

    public boolean fullPoll(Side side) {
        return startWatermarks.get(side).isEmpty();
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

    public boolean salesforceFirstPage() {
        return salesforceNextPage == null && !salesforceDone;
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

    public int genesysPages() {
        return genesysPages;
    }

    public void genesysPageRead(String nextCursor) {
        genesysPages++;
        genesysCursor = nextCursor;
        genesysDone = nextCursor == null;
    }

    /** Remembers a scanned Genesys Cloud contact: for delete detection and for finding a counterpart. */
    public void genesysSeen(String id, String email, String salesforceId) {
        genesysSeen.add(id);
        if (email != null) {
            genesysIdsByKey.computeIfAbsent("email:" + email, k -> new ArrayList<>(1)).add(id);
        }
        if (salesforceId != null) {
            genesysIdsByKey.computeIfAbsent("sf:" + salesforceId, k -> new ArrayList<>(1)).add(id);
        }
    }

    /** Remembers the key a polled Salesforce contact got, and the Genesys Cloud contact it names, if any. */
    void salesforceKeyed(String salesforceId, String genesysId, String key) {
        salesforceKeys.put(salesforceId, key);
        if (genesysId != null) {
            salesforceIdsByGenesysId.put(genesysId, salesforceId);
        }
    }

    /**
     * The key of the Salesforce contact polled in this cycle that a Genesys Cloud contact names, or that names it.
     *
     * @param salesforceId the Salesforce id the Genesys Cloud contact names, or null
     */
    Optional<String> keyOfSalesforceTiedTo(String genesysId, String salesforceId) {
        String tied = salesforceId != null ? salesforceId : salesforceIdsByGenesysId.get(genesysId);
        return Optional.ofNullable(tied == null ? null : salesforceKeys.get(tied));
    }

    public boolean genesysScanComplete() {
        return genesysDone;
    }

    public Set<String> genesysSeenIds() {
        return genesysSeen;
    }

    List<String> genesysIdsFor(String key) {
        return genesysIdsByKey.getOrDefault(key, List.of());
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
        int skipped;

        public RunCounts toRunCounts() {
            return new RunCounts(createdInSalesforce, createdInGenesys, updatedInSalesforce, updatedInGenesys,
                    unchanged, conflicts, ambiguous, deleted, errors, deadLettered);
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

        public int skipped() {
            return skipped;
        }
    }
}
