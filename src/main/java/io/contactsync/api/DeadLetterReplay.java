package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.SalesforceContactMapper;
import io.contactsync.model.Contact;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.DeadLetter;

/**
 * A dead letter replayed: the failed write made again now with a single-record call (a create names the record it
 * was created from; an update of Genesys Cloud reads the whole contact first, as its update replaces it), or, for a
 * record that could not be read, the record read again. What cannot be replayed ends as a {@link #failure()}.
 */
public final class DeadLetterReplay implements RecordJob {

    /** What failed, as the dead letter's operation names it. */
    public enum Operation { CREATE, UPDATE, DELETE, READ }

    private enum Step { READ_CURRENT, SEND, DONE }

    private final DeadLetter letter;
    private final Operation operation;
    private final Contact values;
    private final String linkId;
    private final RecordPaths paths;
    private final SalesforceContactMapper salesforceMapper;
    private final GenesysContactMapper genesysMapper;
    private Step step;
    private String body;
    private String failure;
    private String createdId;

    DeadLetterReplay(DeadLetter letter, Operation operation, Contact values, String linkId, RecordPaths paths,
                     SalesforceContactMapper salesforceMapper, GenesysContactMapper genesysMapper) {
        this.letter = letter;
        this.operation = operation;
        this.values = values;
        this.linkId = linkId;
        this.paths = paths;
        this.salesforceMapper = salesforceMapper;
        this.genesysMapper = genesysMapper;
        boolean readFirst = operation == Operation.READ
                || (operation == Operation.UPDATE && letter.side() == Side.GENESYS);
        this.step = readFirst ? Step.READ_CURRENT : Step.SEND;
        if (operation == Operation.CREATE) {
            body = build(letter.side() == Side.SALESFORCE ? salesforceMapper.createRecord(values, linkId)
                    : genesysMapper.createBody(values, linkId));
        } else if (operation == Operation.UPDATE && letter.side() == Side.SALESFORCE) {
            body = build(salesforceMapper.updateRecord(letter.recordId(), Patch.creating(values), linkId));
        }
    }

    /** Ends the replay before any call: it cannot succeed. */
    void refuse(String reason) {
        failure = reason;
        step = Step.DONE;
    }

    @Override
    public boolean hasNext() {
        return step != Step.DONE;
    }

    @Override
    public RecordCall next() {
        Side side = letter.side();
        if (step == Step.READ_CURRENT) {
            return RecordCall.of(side, "GET", paths.contact(side, letter.recordId()), null);
        }
        return switch (operation) {
            case CREATE -> RecordCall.of(side, "POST", paths.contact(side, null), body);
            case UPDATE -> RecordCall.of(side, side == Side.SALESFORCE ? "PATCH" : "PUT",
                    paths.contact(side, letter.recordId()), body);
            case DELETE -> RecordCall.of(side, "DELETE", paths.contact(side, letter.recordId()), null);
            case READ -> throw new IllegalStateException("a read replay only reads");
        };
    }

    @Override
    public void answered(String answer) {
        if (step == Step.READ_CURRENT && operation == Operation.READ) {
            MappingResult<SideRecord> read = letter.side() == Side.SALESFORCE ? salesforceMapper.read(answer)
                    : genesysMapper.read(answer);
            if (read instanceof MappingResult.Rejected<SideRecord> rejected) {
                failure = "still cannot be read: " + rejected.reason();
            }
            step = Step.DONE;
        } else if (step == Step.READ_CURRENT) {
            body = build(genesysMapper.updateBody(answer, Patch.creating(values), linkId));
            step = failure == null ? Step.SEND : Step.DONE;
        } else {
            if (operation == Operation.CREATE) {
                createdId = id(answer);
            }
            step = Step.DONE;
        }
    }

    private String build(MappingResult<ObjectNode> record) {
        try {
            return RecordPaths.body(letter.side(), record);
        } catch (RecordPaths.BodyRefused e) {
            refuse(letter.side() + " would refuse it again: " + e.getMessage());
            return null;
        }
    }

    private static String id(String answer) {
        try {
            JsonNode created = AdminApi.JSON.readTree(answer);
            String id = created.path("id").asText(null);
            if (id == null || id.isBlank()) {
                throw new ApiError(502, "the create answered no id: " + answer);
            }
            return id;
        } catch (JsonProcessingException e) {
            throw new ApiError(502, "the create answered no JSON: " + answer);
        }
    }

    public DeadLetter letter() {
        return letter;
    }

    public Operation operation() {
        return operation;
    }

    /** The values the failed write carried (a create: the whole contact; an update: the fields it set). */
    public Contact values() {
        return values;
    }

    /** The other side's record the write belongs with (a create was made from it), or null. */
    public String linkId() {
        return linkId;
    }

    /** Why the replay did not succeed, or null when it did. */
    public String failure() {
        return failure;
    }

    /** The id a replayed create got. */
    public String createdId() {
        return createdId;
    }
}
