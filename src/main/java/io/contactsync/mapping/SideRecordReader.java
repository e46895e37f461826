package io.contactsync.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one side's record JSON into {@link SideRecord}s, one record at a time: malformed JSON, a missing id or
 * any other fault rejects that record only, with its id (when it has one), the reason and the payload.
 */
public abstract class SideRecordReader {

    private final Side side;
    private final String idProperty;

    SideRecordReader(Side side, String idProperty) {
        this.side = side;
        this.idProperty = idProperty;
    }

    public MappingResult<SideRecord> read(String json) {
        JsonNode node;
        try {
            node = JsonRecords.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new MappingResult.Rejected<>(side, MappingResult.Rejected.UNKNOWN_ID,
                    "malformed JSON: " + e.getOriginalMessage(), json);
        }
        return read(node);
    }

    /** Maps each element of a JSON array of records (a query's {@code records}, a scan's {@code entities}). */
    public List<MappingResult<SideRecord>> readAll(JsonNode records) {
        if (records == null || !records.isArray()) {
            return List.of(new MappingResult.Rejected<>(side, MappingResult.Rejected.UNKNOWN_ID,
                    "expected a JSON array of records", String.valueOf(records)));
        }
        List<MappingResult<SideRecord>> results = new ArrayList<>(records.size());
        records.forEach(record -> results.add(read(record)));
        return results;
    }

    public MappingResult<SideRecord> read(JsonNode record) {
        JsonNode id = record == null ? null : record.get(idProperty);
        return MappingFailure.capture(side, id != null && id.isTextual() ? id.asText() : null,
                String.valueOf(record), () -> {
                    ObjectNode object = JsonRecords.requireObject(record);
                    JsonRecords.requireId(object, idProperty);
                    return toSideRecord(object);
                });
    }

    /** The record, known to be a JSON object with an id; throws {@link MappingFailure} for anything else amiss. */
    abstract SideRecord toSideRecord(ObjectNode record);
}
