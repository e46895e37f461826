package io.contactsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.ContactField;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading and checking the JSON of single records, shared by both mappers. */
final class JsonRecords {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRecords() {
    }

    static ObjectNode requireObject(JsonNode node) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new MappingFailure("expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
    }

    /** The text of a scalar property, or null when it is absent or null. */
    static String text(JsonNode node, String property) {
        JsonNode value = node == null ? null : node.get(property);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new MappingFailure(property + " is not a text value: " + value);
        }
        return value.asText();
    }

    static String requireId(JsonNode node, String property) {
        String id = text(node, property);
        if (id == null || id.isBlank()) {
            throw new MappingFailure("record without " + property);
        }
        return id;
    }

    static Instant requireTime(JsonNode node, String property) {
        if (text(node, property) == null) {
            throw new MappingFailure("record without " + property);
        }
        return time(node, property);
    }

    /** A timestamp property, or null when it is absent or null. */
    static Instant time(JsonNode node, String property) {
        String text = text(node, property);
        if (text == null) {
            return null;
        }
        try {
            return Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw new MappingFailure(property + " '" + text + "' is not a timestamp");
        }
    }

    /** Rejects a value longer than the target allows: it is never truncated. */
    static void checkLength(ContactField field, String value, Integer maxLength, String target) {
        if (value != null && maxLength != null && value.length() > maxLength) {
            throw new MappingFailure(field.jsonName() + " is " + value.length() + " characters, " + target
                    + " allows " + maxLength);
        }
    }

}
