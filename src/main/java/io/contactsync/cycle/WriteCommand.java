package io.contactsync.cycle;

import io.contactsync.model.Contact;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;

/**
 * One write the cycle wants to make on one side, for one pair. The writer that sends it records the
 * outcome here; the pair's plan commits once all its writes are done.
 *
 * <p>Mutable on purpose: it travels through Camel's aggregator as a message body and collects its result.
 */
public final class WriteCommand {

    public enum Operation { CREATE, UPDATE, DELETE }

    public enum Outcome { PENDING, WRITTEN, STALE, FAILED }

    private final PairPlan plan;
    private final Side side;
    private final Operation operation;
    private final Patch patch;
    private final Contact expectedCurrent;
    private final String linkId;
    private Outcome outcome = Outcome.PENDING;
    private String error;
    private String currentJson;
    private Contact stored;
    private WriteCommand followUp;

    /**
     * @param expectedCurrent for an update, the values the target must still hold (else it changed since the
     *                        poll and is left for the next cycle); null to skip that check
     * @param linkId          the other side's id to write as the external id, or null
     */
    WriteCommand(PairPlan plan, Side side, Operation operation, Patch patch, Contact expectedCurrent, String linkId) {
        this.plan = plan;
        this.side = side;
        this.operation = operation;
        this.patch = patch;
        this.expectedCurrent = expectedCurrent;
        this.linkId = linkId;
    }

    public PairPlan plan() {
        return plan;
    }

    public Side side() {
        return side;
    }

    public Operation operation() {
        return operation;
    }

    /** The target record's id; null for a create until it succeeded. */
    public String recordId() {
        return plan.recordId(side);
    }

    public Patch patch() {
        return patch;
    }

    public Contact expectedCurrent() {
        return expectedCurrent;
    }

    public String linkId() {
        return linkId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String error() {
        return error;
    }

    /**
     * The write succeeded. A create gets its new id, and the original record on the other side then needs
     * that id as its external id (unless one-way mode keeps the source unwritten): that write is returned as
     * {@link #followUp()}.
     *
     * @param stored the target's values as its answer showed them, or null when it did not show them
     */
    public void written(String newId, Contact stored) {
        outcome = Outcome.WRITTEN;
        this.stored = stored;
        if (operation == Operation.CREATE) {
            plan.created(side, newId);
        }
        if (operation == Operation.CREATE && plan.originLinkedAfterCreate()) {
            Side origin = side.other();
            // an operator's create was not made from a record read in this cycle: nothing to check its origin against
            Contact originAsRead = plan.record(origin) == null ? null : plan.record(origin).contact();
            followUp = plan.addWrite(origin, Operation.UPDATE, Patch.none(), originAsRead, newId);
        }
    }

    /** An operator's write ({@link PairPlan.Kind#OPERATOR}): sent at once, its failure answered, not dead-lettered. */
    public boolean byOperator() {
        return plan.kind() == PairPlan.Kind.OPERATOR;
    }

    /** The target's values as its answer to the write showed them (its own normalisation included), or null. */
    public Contact stored() {
        return stored;
    }

    public WriteCommand followUp() {
        return followUp;
    }

    /** The target's current raw JSON, fetched just before writing (Genesys Cloud updates replace the whole record). */
    public String currentJson() {
        return currentJson;
    }

    public void current(String json) {
        this.currentJson = json;
    }

    public boolean pending() {
        return outcome == Outcome.PENDING;
    }

    public void stale(String reason) {
        outcome = Outcome.STALE;
        error = reason;
    }

    public void failed(String reason) {
        outcome = Outcome.FAILED;
        error = reason;
    }

    @Override
    public String toString() {
        return operation + " " + side + " " + (recordId() == null ? "(new)" : recordId()) + " " + patch.fields();
    }
}
