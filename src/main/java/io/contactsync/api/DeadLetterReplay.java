package io.contactsync.api;

import io.contactsync.cycle.PairPlan;
import io.contactsync.cycle.WriteCommand;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.SalesforceContactMapper;
import io.contactsync.model.Contact;
import io.contactsync.model.Echoes;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.DeadLetter;

/**
 * A dead letter replayed: the failed write made again now through the writers the cycle uses (a create names the
 * record it was created from, which then gets the new id, as in the cycle; an update is not made over an edit made
 * since the write was decided, nor an update or delete of a record deleted since), or, for a record that could not be read, the record read again. What cannot be replayed ends
 * as a {@link #failure()}.
 */
public final class DeadLetterReplay implements RecordJob {

    /** What failed, as the dead letter's operation names it. */
    public enum Operation { CREATE, UPDATE, DELETE, READ }

    private final DeadLetter letter;
    private final Operation operation;
    private final Patch patch;
    private final Contact expected;
    private final String linkId;
    private final RecordPaths paths;
    private final SalesforceContactMapper salesforceMapper;
    private final GenesysContactMapper genesysMapper;
    private boolean done;
    private WriteCommand write;
    private String failure;

    /**
     * @param expected what the target held when the failed write was decided (a replay is not made over a newer
     *                 edit), or null when the dead letter does not say
     */
    DeadLetterReplay(DeadLetter letter, Operation operation, Patch patch, Contact expected, String linkId,
                     RecordPaths paths, SalesforceContactMapper salesforceMapper, GenesysContactMapper genesysMapper) {
        this.letter = letter;
        this.operation = operation;
        this.patch = patch;
        this.expected = expected;
        this.linkId = linkId;
        this.paths = paths;
        this.salesforceMapper = salesforceMapper;
        this.genesysMapper = genesysMapper;
    }

    /** Ends the replay before any call: it cannot succeed. */
    void refuse(String reason) {
        failure = reason;
        done = true;
    }

    @Override
    public MappedObject object() {
        return letter.object();
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public Object next() {
        Side side = letter.side();
        if (operation == Operation.READ) {
            return new RecordRead(side, paths.record(object(), side, letter.recordId()));
        }
        String recordId = operation == Operation.CREATE ? null : letter.recordId();
        write = PairPlan.operatorWrite(side, WriteCommand.Operation.valueOf(operation.name()), recordId,
                operation == Operation.DELETE ? Patch.none() : patch,
                expected, linkId);
        return write;
    }

    @Override
    public void answered(String answer) {
        done = true;
        if (operation == Operation.READ) {
            MappingResult<SideRecord> read = letter.side() == Side.SALESFORCE ? salesforceMapper.read(answer)
                    : genesysMapper.read(answer);
            if (read instanceof MappingResult.Rejected<SideRecord> rejected) {
                failure = "still cannot be read: " + rejected.reason();
            }
        } else if (write.outcome() == WriteCommand.Outcome.STALE) {
            failure = "not replayed: " + write.error() + "; the next cycle decides again, so discard this dead letter";
        } else if (write.outcome() != WriteCommand.Outcome.WRITTEN) {
            failure = write.error();
        }
    }

    public DeadLetter letter() {
        return letter;
    }

    public Operation operation() {
        return operation;
    }

    /** The fields the failed write set or cleared (a create: the whole contact). */
    public Patch patch() {
        return patch;
    }

    /** The other side's record the write belongs with (a create was made from it), or null. */
    public String linkId() {
        return linkId;
    }

    /** Why the replay did not succeed, or null when it did. */
    public String failure() {
        return failure;
    }

    /**
     * The pair's echoes once the replayed write is made: it echoes what the target stored of each value written
     * where that differs from the value (the target's own normalisation of the write is not an edit either).
     */
    public Echoes echoesAfter(Echoes before) {
        return write == null || write.outcome() != WriteCommand.Outcome.WRITTEN ? before
                : before.afterWrite(letter.side(), write.patch(), write.stored());
    }

    /** The id a replayed create got. */
    public String createdId() {
        return write.recordId();
    }
}
