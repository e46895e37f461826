package io.contactsync.cycle;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.Echoes;
import io.contactsync.model.FieldConflict;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.ContactLink;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the cycle decided for one pair: the writes per side, the conflicts to audit and the base to store
 * once its writes are done. The stored base is what the writes made both sides hold: a field a side was to
 * receive but did not (its write left for the next cycle or failed) keeps the previous base, so the next
 * cycle sees that difference again and nothing is lost.
 */
public final class PairPlan {

    /** What the store does with the pair once its writes are done. */
    public enum Kind {
        /** Store the new base (create the link for a new pair). */
        SYNC,
        /** Retire the link: a delete was settled; the pair is never synced or re-created again. */
        RETIRE,
        /**
         * An operator's write (a conflict resolved, a dead letter replayed): sent at once, not batched; its failure
         * is the operator's answer, not a dead letter; the admin API records it, not the cycle.
         */
        OPERATOR
    }

    private final Kind kind;
    private final ContactLink link;
    private final SideRecord salesforce;
    private final SideRecord genesys;
    private final Contact previousBase;
    private final Echoes previousEchoes;
    private final Contact newBase;
    private final List<FieldConflict> conflicts;
    private final Map<Side, String> recordIds = new EnumMap<>(Side.class);
    private final List<WriteCommand> writes = new ArrayList<>();
    private boolean originLinkedAfterCreate = true;

    /**
     * @param previousBase   the pair's stored base, or null for a pair not linked yet
     * @param previousEchoes the stored base's echoes
     * @param newBase        the base once every write has succeeded
     */
    PairPlan(Kind kind, ContactLink link, SideRecord salesforce, SideRecord genesys, Contact previousBase,
             Echoes previousEchoes, Contact newBase, List<FieldConflict> conflicts) {
        this.kind = kind;
        this.link = link;
        this.salesforce = salesforce;
        this.genesys = genesys;
        this.previousBase = previousBase;
        this.previousEchoes = previousEchoes;
        this.newBase = newBase;
        this.conflicts = List.copyOf(conflicts);
        recordIds.put(Side.SALESFORCE, salesforce != null ? salesforce.id() : link == null ? null : link.salesforceId());
        recordIds.put(Side.GENESYS, genesys != null ? genesys.id() : link == null ? null : link.genesysId());
    }

    /**
     * An operator's write of one record through the writers, checked for freshness like the cycle's.
     *
     * @param recordId        the target's id, null for a create
     * @param expectedCurrent the values the target must still hold (those the operator's job read), or null
     * @param linkId          the other side's record the write belongs with, or null
     */
    public static WriteCommand operatorWrite(Side side, WriteCommand.Operation operation, String recordId, Patch patch,
                                             Contact expectedCurrent, String linkId) {
        PairPlan plan = new PairPlan(Kind.OPERATOR, null, null, null, null, Echoes.none(), null, List.of());
        plan.recordIds.put(side, recordId);
        plan.recordIds.put(side.other(), linkId);
        return plan.addWrite(side, operation, patch, expectedCurrent, linkId);
    }

    WriteCommand addWrite(Side side, WriteCommand.Operation operation, Patch patch, Contact expectedCurrent,
                          String linkId) {
        WriteCommand command = new WriteCommand(this, side, operation, patch, expectedCurrent, linkId);
        writes.add(command);
        return command;
    }

    /** One-way mode without link ids in the source: a create does not write the new id back into its origin. */
    void leaveOriginUnlinked() {
        originLinkedAfterCreate = false;
    }

    boolean originLinkedAfterCreate() {
        return originLinkedAfterCreate;
    }

    void created(Side side, String id) {
        recordIds.put(side, id);
    }

    public Kind kind() {
        return kind;
    }

    public ContactLink link() {
        return link;
    }

    public SideRecord record(Side side) {
        return side == Side.SALESFORCE ? salesforce : genesys;
    }

    public String recordId(Side side) {
        return recordIds.get(side);
    }

    /**
     * The base the writes made: the new base, except the fields of writes not written, which keep the previous
     * base (nothing for a pair not linked before).
     */
    public Contact writtenBase() {
        Contact base = newBase;
        for (WriteCommand write : writes) {
            if (write.outcome() != WriteCommand.Outcome.WRITTEN) {
                for (ContactField field : write.patch().fields()) {
                    base = base.with(field, previousBase == null ? null : previousBase.get(field));
                }
            }
        }
        return base;
    }

    /**
     * The echoes of the {@link #writtenBase()}: those of the previous base, each field written to a side replaced by
     * what that side stored of it where it stored another value, less those of values the base no longer holds.
     */
    public Echoes writtenEchoes() {
        Echoes echoes = previousEchoes;
        for (WriteCommand write : writes) {
            if (write.outcome() == WriteCommand.Outcome.WRITTEN) {
                echoes = echoes.afterWrite(write.side(), write.patch(), write.stored());
            }
        }
        return echoes.validFor(writtenBase());
    }

    public List<FieldConflict> conflicts() {
        return conflicts;
    }

    public List<WriteCommand> writes() {
        return List.copyOf(writes);
    }

    public boolean allWritten() {
        return writes.stream().allMatch(w -> w.outcome() == WriteCommand.Outcome.WRITTEN);
    }

    /** Some write succeeded: a record was created or changed, so the pair's link and base need storing. */
    public boolean anyWritten() {
        return writes.stream().anyMatch(w -> w.outcome() == WriteCommand.Outcome.WRITTEN);
    }

    public boolean anyFailed() {
        return writes.stream().anyMatch(w -> w.outcome() == WriteCommand.Outcome.FAILED);
    }

    public boolean anyStale() {
        return writes.stream().anyMatch(w -> w.outcome() == WriteCommand.Outcome.STALE);
    }

    public boolean anyPending() {
        return writes.stream().anyMatch(w -> w.outcome() == WriteCommand.Outcome.PENDING);
    }
}
