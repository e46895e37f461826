package io.contactsync.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.cycle.PairPlan;
import io.contactsync.cycle.WriteCommand;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.SalesforceContactMapper;
import io.contactsync.model.ContactField;
import io.contactsync.model.Echoes;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.Conflict;
import io.contactsync.store.ConflictResolution;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An operator's decision on a conflict, applied to both systems: read both records, then set the field to the chosen
 * value where it differs, one system after the other, through the writers the cycle uses. Each write is checked for
 * freshness against the record as this job read it, so a change made in between is refused (409) instead of
 * overwritten, and a record whose field no longer holds what the conflict recorded (an edit made after it) is
 * refused before anything is written. Both writes are checked against what each system accepts before either is sent, so a value a system
 * would refuse changes nothing, and when the second write fails the first one is set back: a fix completes or
 * changes nothing.
 */
public final class ConflictFix implements RecordJob {

    private enum Step { READ_SALESFORCE, READ_GENESYS, WRITE_SALESFORCE, WRITE_GENESYS, UNDO_SALESFORCE, DONE }

    private final Conflict conflict;
    private final ContactField field;
    private final String value;
    private final ConflictResolution resolution;
    private final RecordPaths paths;
    private final SalesforceContactMapper salesforceMapper;
    private final GenesysContactMapper genesysMapper;
    private final Map<Side, SideRecord> read = new EnumMap<>(Side.class);
    private final Map<Side, WriteCommand> writes = new EnumMap<>(Side.class);
    private final Set<Side> written = EnumSet.noneOf(Side.class);
    private Step step = Step.READ_SALESFORCE;
    /** The Genesys Cloud contact as read: its update is a full replacement, checked before anything is written. */
    private String genesysAsRead;
    /** Why the Genesys Cloud write failed, while the Salesforce contact is set back. */
    private ApiError genesysFailure;
    private WriteCommand undo;

    ConflictFix(Conflict conflict, ContactField field, String value, ConflictResolution resolution, RecordPaths paths,
                SalesforceContactMapper salesforceMapper, GenesysContactMapper genesysMapper) {
        this.conflict = conflict;
        this.field = field;
        this.value = value;
        this.resolution = resolution;
        this.paths = paths;
        this.salesforceMapper = salesforceMapper;
        this.genesysMapper = genesysMapper;
    }

    @Override
    public MappedObject object() {
        return conflict.details().object();
    }

    @Override
    public boolean hasNext() {
        return step != Step.DONE;
    }

    @Override
    public Object next() {
        return switch (step) {
            case READ_SALESFORCE -> new RecordRead(Side.SALESFORCE,
                    paths.record(object(), Side.SALESFORCE, conflict.details().salesforceId()));
            case READ_GENESYS -> new RecordRead(Side.GENESYS, paths.record(object(), Side.GENESYS, conflict.details().genesysId()));
            case WRITE_SALESFORCE -> writes.get(Side.SALESFORCE);
            case WRITE_GENESYS -> writes.get(Side.GENESYS);
            case UNDO_SALESFORCE -> undo;
            case DONE -> throw new IllegalStateException("the conflict fix has no step left");
        };
    }

    @Override
    public void answered(String body) {
        switch (step) {
            case READ_SALESFORCE -> {
                read.put(Side.SALESFORCE, readRecord(salesforceMapper.read(body)));
                step = Step.READ_GENESYS;
            }
            case READ_GENESYS -> {
                read.put(Side.GENESYS, readRecord(genesysMapper.read(body)));
                genesysAsRead = body;
                planWrites();
                step = writes.containsKey(Side.SALESFORCE) ? Step.WRITE_SALESFORCE
                        : writes.containsKey(Side.GENESYS) ? Step.WRITE_GENESYS : Step.DONE;
            }
            case WRITE_SALESFORCE -> {
                checkWritten(Side.SALESFORCE);
                step = writes.containsKey(Side.GENESYS) ? Step.WRITE_GENESYS : Step.DONE;
            }
            case WRITE_GENESYS -> {
                try {
                    checkWritten(Side.GENESYS);
                    step = Step.DONE;
                } catch (ApiError failure) {
                    if (!written.contains(Side.SALESFORCE)) {
                        throw failure;
                    }
                    genesysFailure = failure;
                    undo = undoWrite(Side.SALESFORCE);
                    step = Step.UNDO_SALESFORCE;
                }
            }
            case UNDO_SALESFORCE -> {
                step = Step.DONE;
                if (undo.outcome() != WriteCommand.Outcome.WRITTEN) {
                    throw new ApiError(502, genesysFailure.getMessage() + "; setting the SALESFORCE contact "
                            + undo.recordId() + " back to " + quoted(read.get(Side.SALESFORCE).contact().get(field))
                            + " failed too (" + (undo.error() == null ? undo.outcome() : undo.error()) + ")");
                }
                written.remove(Side.SALESFORCE);
                throw new ApiError(genesysFailure.getStatus(), genesysFailure.getMessage()
                        + "; the SALESFORCE contact was set back, so nothing was changed");
            }
            case DONE -> throw new IllegalStateException("the conflict fix has no step left");
        }
    }

    private void planWrites() {
        for (Side side : Side.values()) {
            String held = read.get(side).contact().get(field);
            if (!Objects.equals(held, conflict.details().heldBy(side))) {
                throw new ApiError(409, "the " + side + " contact's " + field.jsonName() + " changed since the conflict"
                        + " was recorded (" + quoted(conflict.details().heldBy(side)) + ", now " + quoted(held)
                        + "): nothing was written; the next cycle decides on the newer edit");
            }
        }
        Map<ContactField, String> change = new TreeMap<>();
        change.put(field, value);
        Patch patch = new Patch(change);
        if (needsWrite(Side.SALESFORCE)) {
            acceptable(salesforceMapper.updateRecord(conflict.details().salesforceId(), patch, null));
            writes.put(Side.SALESFORCE, write(Side.SALESFORCE, conflict.details().salesforceId(), patch));
        }
        if (needsWrite(Side.GENESYS)) {
            acceptable(genesysMapper.updateBody(genesysAsRead, patch, null));
            writes.put(Side.GENESYS, write(Side.GENESYS, conflict.details().genesysId(), patch));
        }
    }

    /** The update, to be made only while the record still holds the values this job read. */
    private WriteCommand write(Side side, String recordId, Patch patch) {
        return PairPlan.operatorWrite(side, WriteCommand.Operation.UPDATE, recordId, patch, read.get(side).contact(),
                null);
    }

    /** Sets the side's field back to the value read, if the record still holds what this job wrote. */
    private WriteCommand undoWrite(Side side) {
        Map<ContactField, String> change = new TreeMap<>();
        change.put(field, read.get(side).contact().get(field));
        return PairPlan.operatorWrite(side, WriteCommand.Operation.UPDATE, writes.get(side).recordId(), new Patch(change),
                read.get(side).contact().with(field, value), null);
    }

    private void acceptable(MappingResult<ObjectNode> record) {
        if (record instanceof MappingResult.Rejected<ObjectNode> rejected) {
            throw new ApiError(400, "cannot set " + field.jsonName() + " to " + quoted(value) + ": "
                    + rejected.reason());
        }
    }

    private void checkWritten(Side side) {
        WriteCommand write = writes.get(side);
        switch (write.outcome()) {
            case WRITTEN -> written.add(side);
            case STALE -> throw new ApiError(409, "the " + side + " contact " + write.recordId()
                    + " changed since it was read: "
                    + (written.isEmpty() ? "nothing was changed" : "it was not written") + ", retry");
            case FAILED -> throw new ApiError(502, write.error());
            case PENDING -> throw new IllegalStateException("the " + side + " write was not sent");
        }
    }

    private boolean needsWrite(Side side) {
        return !Objects.equals(read.get(side).contact().get(field), value);
    }

    private static SideRecord readRecord(MappingResult<SideRecord> result) {
        if (result instanceof MappingResult.Rejected<SideRecord> rejected) {
            throw new ApiError(409, "the " + rejected.side() + " record " + rejected.recordId()
                    + " cannot be read: " + rejected.reason());
        }
        return ((MappingResult.Mapped<SideRecord>) result).value();
    }

    static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    public Conflict conflict() {
        return conflict;
    }

    public ContactField field() {
        return field;
    }

    public String value() {
        return value;
    }

    /** The operator's decision: the value, the winning side (null for a value of their own), who and why. */
    public ConflictResolution resolution() {
        return resolution;
    }

    /** The record as read before writing. */
    public SideRecord read(Side side) {
        return read.get(side);
    }

    /**
     * The pair's echoes once the fix is written: each system written echoes what it stored of the value where
     * that differs from the value (a system's own normalisation of the operator's write is not an edit either).
     */
    public Echoes echoesAfter(Echoes before) {
        Echoes echoes = before;
        for (Side side : written) {
            echoes = echoes.afterWrite(side, writes.get(side).patch(), writes.get(side).stored());
        }
        return echoes;
    }

    public Set<Side> written() {
        return Set.copyOf(written);
    }
}
