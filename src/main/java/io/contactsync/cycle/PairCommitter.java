package io.contactsync.cycle;

import io.contactsync.match.CorrelationKeys;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactJson;
import io.contactsync.model.FieldConflict;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.BaseChange;
import io.contactsync.store.BaseUpdate;
import io.contactsync.store.ConflictCount;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.ContactLink;
import io.contactsync.store.JournalAction;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.NewConflict;
import io.contactsync.store.NewJournalEntry;
import io.contactsync.store.NewLink;
import io.contactsync.store.ReviewKind;
import io.contactsync.store.StoreTables;
import io.contactsync.store.SyncStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * Records the outcome of each pair plan once the writers are done: for a plan whose writes all succeeded or were
 * left for the next cycle, the link and the base the succeeded writes made (a contact created is linked, with the
 * values written), and the journal of those writes, in one transaction; the audit of its conflicts once all its
 * writes succeeded. A plan with a write left for the next cycle keeps the watermarks before its records, and the
 * fields that write was to change keep their old base; a plan with a failed write keeps its old base (the failure
 * is in the dead-letter store), so nothing is lost. An OPEN conflict of a pair is closed (AGREED) once both systems
 * hold the same value of its field.
 */
public final class PairCommitter {

    private static final int PAIRS_PER_TRANSACTION = 500;

    private final SyncStore store;
    private final CycleLinks links;
    private final Supplier<SyncSettings> settings;

    public PairCommitter(SyncStore store, CycleLinks links, Supplier<SyncSettings> settings) {
        this.store = store;
        this.links = links;
        this.settings = settings;
    }

    public void commitAll(CycleState cycle) {
        List<PairPlan> written = new ArrayList<>();
        for (PairPlan plan : cycle.plans()) {
            // a failed write is in the dead-letter store, which retries it; a write left for the next cycle is not
            if (plan.allWritten() || plan.anyWritten() && !plan.anyFailed()) {
                written.add(plan);
            }
            if (plan.anyStale() || plan.anyPending()) {
                for (Side side : Side.values()) {
                    SideRecord record = plan.record(side);
                    if (record != null && !record.deleted()) {
                        cycle.leaveForNextCycle(record);
                    }
                }
            }
        }
        // a transaction per chunk of pairs, not per pair: the initial load commits thousands of them
        for (int from = 0; from < written.size(); from += PAIRS_PER_TRANSACTION) {
            List<PairPlan> chunk = written.subList(from, Math.min(written.size(), from + PAIRS_PER_TRANSACTION));
            store.useTransaction(tables -> commit(tables, chunk, cycle));
        }
        for (PairPlan plan : written) {
            for (WriteCommand write : succeeded(plan)) {
                cycle.counts().written(write.side(), write.operation());
            }
            if (plan.kind() == PairPlan.Kind.RETIRE && plan.link() != null && plan.writes().isEmpty()) {
                cycle.counts().unlinked++;
            }
            for (Side side : Side.values()) {
                links.forget(cycle, side, plan.recordId(side));
                if (plan.allWritten()) {
                    cycle.synced(side, plan.recordId(side));
                }
            }
        }
        closeSettledDeleteConflicts(written, cycle);
        cycle.plans().clear();
        // the conflicts this run found first: an OPEN one found again keeps the run that recorded it
        cycle.counts().conflicts = store.conflicts().countsByRun(cycle.runId()).stream()
                .mapToInt(ConflictCount::count).sum();
    }

    /**
     * A delete against an edit waits for an operator; once a cycle settles that pair by itself (the edited side was
     * deleted too, or the deleted one is back and both agree), the review item is no longer needed.
     */
    private void closeSettledDeleteConflicts(List<PairPlan> written, CycleState cycle) {
        Set<String> waiting = store.reviews().openKeys(cycle.object(), ReviewKind.DELETE_CONFLICT);
        if (!waiting.isEmpty()) {
            store.reviews().closeNoLongerNeeded(cycle.object(), ReviewKind.DELETE_CONFLICT, written.stream()
                    .filter(plan -> plan.link() != null && plan.allWritten())
                    .map(plan -> CorrelationKeys.ofLink(plan.link().pairId()))
                    .filter(waiting::contains)
                    .toList());
        }
    }

    /** Stores the links of a chunk of plans, then their journal and conflicts, each kind in one batch. */
    private void commit(StoreTables tables, List<PairPlan> chunk, CycleState cycle) {
        List<String> pairIds = storeLinks(tables, chunk, cycle);
        List<NewJournalEntry> journal = new ArrayList<>();
        List<NewConflict> conflicts = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            PairPlan plan = chunk.get(i);
            String pairId = pairIds.get(i);
            journal.addAll(journal(plan, pairId, cycle));
            auditedConflicts(plan).forEach(c -> conflicts.add(conflict(c, plan, pairId, cycle)));
        }
        tables.journal().append(journal);
        tables.conflicts().record(conflicts);
        tables.conflicts().closeAgreed(agreedFields(chunk));
        tables.conflicts().closeRetired(chunk.stream()
                .filter(plan -> plan.kind() == PairPlan.Kind.RETIRE && plan.link() != null)
                .map(plan -> plan.link().pairId())
                .toList());
    }

    /** Per linked pair whose writes all succeeded, the fields both systems now hold the same value of. */
    private Map<String, Set<String>> agreedFields(List<PairPlan> chunk) {
        Map<String, Set<String>> agreed = new HashMap<>();
        Set<ContactField> fields = settings.get().policies().fields();
        for (PairPlan plan : chunk) {
            if (plan.link() != null && plan.kind() != PairPlan.Kind.RETIRE && plan.allWritten()) {
                Set<ContactField> unsettled = plan.writtenBase().unsettled();
                agreed.put(plan.link().pairId(), fields.stream()
                        .filter(field -> !unsettled.contains(field))
                        .map(ContactField::jsonName)
                        .collect(Collectors.toSet()));
            }
        }
        return agreed;
    }

    private static List<WriteCommand> succeeded(PairPlan plan) {
        return plan.writes().stream().filter(w -> w.outcome() == WriteCommand.Outcome.WRITTEN).toList();
    }

    /** A plan partly written is resolved again next cycle, which audits its conflicts then: once, not twice. */
    private static List<FieldConflict> auditedConflicts(PairPlan plan) {
        return plan.allWritten() ? plan.conflicts() : List.of();
    }

    /** The plan's writes done with before and after, and the link when the pair was matched without a create. */
    private static List<NewJournalEntry> journal(PairPlan plan, String pairId, CycleState cycle) {
        List<NewJournalEntry> journal = new ArrayList<>();
        for (WriteCommand write : succeeded(plan)) {
            Contact before = write.expectedCurrent();
            journal.add(new NewJournalEntry(cycle.object(), cycle.runId(), pairId, write.side(), write.recordId(),
                    JournalAction.valueOf(write.operation().name()),
                    write.patch().fields().stream().map(ContactField::jsonName).toList(),
                    before == null ? null : ContactJson.toJson(before),
                    write.operation() == WriteCommand.Operation.DELETE ? null
                            : ContactJson.toJson(write.patch().applyTo(before == null ? Contact.empty() : before))));
        }
        if (plan.link() == null && plan.writes().stream().noneMatch(w -> w.operation() == WriteCommand.Operation.CREATE)) {
            journal.add(new NewJournalEntry(cycle.object(), cycle.runId(), pairId, Side.SALESFORCE,
                    plan.recordId(Side.SALESFORCE), JournalAction.LINK, List.of(), null, null));
        }
        return journal;
    }

    /** Creates, updates or retires the link of each plan; returns their pair ids in the order of the plans. */
    private List<String> storeLinks(StoreTables tables, List<PairPlan> chunk, CycleState cycle) {
        String[] pairIds = new String[chunk.size()];
        List<NewLink> creates = new ArrayList<>();
        List<Integer> createPositions = new ArrayList<>();
        List<BaseChange> updates = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            PairPlan plan = chunk.get(i);
            ContactLink link = plan.link();
            if (link != null && plan.kind() == PairPlan.Kind.RETIRE) {
                pairIds[i] = link.pairId();
                tables.links().setStatus(link.pairId(), retiredStatus(plan));
                continue;
            }
            Contact base = plan.writtenBase();
            BaseUpdate update = new BaseUpdate(ContactJson.toJson(base), ContactJson.hash(base),
                    base.get(ContactField.EMAIL), plan.writtenEchoes().toJson());
            if (link == null) {
                creates.add(new NewLink(cycle.object(), plan.recordId(Side.SALESFORCE), plan.recordId(Side.GENESYS),
                        update.baseSnapshot(), update.baseHash(), update.baseEmail(), update.baseEchoes()));
                createPositions.add(i);
            } else {
                pairIds[i] = link.pairId();
                updates.add(new BaseChange(link.pairId(), link.version(), update));
            }
        }
        List<ContactLink> created = tables.links().createAll(creates);
        for (int j = 0; j < created.size(); j++) {
            pairIds[createPositions.get(j)] = created.get(j).pairId();
        }
        List<String> moved = tables.links().updateBases(updates);
        if (!moved.isEmpty()) {
            throw new IllegalStateException("pairs " + moved + " changed in the store during the cycle");
        }
        return List.of(pairIds);
    }

    private static LinkStatus retiredStatus(PairPlan plan) {
        boolean salesforce = deleted(plan.record(Side.SALESFORCE));
        boolean genesys = deleted(plan.record(Side.GENESYS));
        if (salesforce && genesys) {
            return LinkStatus.DELETED_IN_BOTH;
        }
        return salesforce ? LinkStatus.DELETED_IN_SALESFORCE : LinkStatus.DELETED_IN_GENESYS;
    }

    private static boolean deleted(SideRecord record) {
        return record != null && record.deleted();
    }

    private NewConflict conflict(FieldConflict c, PairPlan plan, String pairId, CycleState cycle) {
        return new NewConflict(cycle.object(), cycle.runId(), pairId, plan.recordId(Side.SALESFORCE),
                plan.recordId(Side.GENESYS), c.field().jsonName(), c.base(), c.salesforceValue(), c.genesysValue(),
                c.salesforceModifiedAt(), c.genesysModifiedAt(), c.policy().name(),
                settings.get().policies().resolver(), c.winner(), c.chosenValue(),
                c.needsReview() ? ConflictStatus.OPEN : ConflictStatus.AUTO_RESOLVED);
    }
}
