package io.contactsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contactsync.model.ContactField;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The raw text of a field's value: a scalar as text, a list (Genesys Cloud tags) as its items joined by
     * {@link FieldType#TAG_SEPARATOR}, absent or null as null.
     */
    static String fieldText(JsonNode node, String property) {
        JsonNode value = node == null ? null : node.get(property);
        if (value != null && value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(FieldType.TAG_SEPARATOR, items);
        }
        return text(node, property);
    }

    /**
     * The JSON a side is sent for a canonical value: numbers and booleans as JSON numbers and booleans (a value
     * kept as typed because it is not one goes as text, for the target to judge), tags as a list where the side
     * keeps a list, everything else as text.
     */
    static JsonNode fieldValue(FieldType type, String value, boolean tagsAsList) {
        if (value == null) {
            return NullNode.getInstance();
        }
        try {
            return switch (type) {
                case NUMBER -> DecimalNode.valueOf(new BigDecimal(value));
                case BOOLEAN -> value.equals("true") || value.equals("false")
                        ? BooleanNode.valueOf(Boolean.parseBoolean(value)) : TextNode.valueOf(value);
                case TAGS -> tagsAsList ? tagList(value) : TextNode.valueOf(value);
                default -> TextNode.valueOf(value);
            };
        } catch (NumberFormatException e) {
            return TextNode.valueOf(value);
        }
    }

    private static ArrayNode tagList(String value) {
        ArrayNode tags = MAPPER.createArrayNode();
        for (String tag : value.split(FieldType.TAG_SEPARATOR)) {
            tags.add(tag);
        }
        return tags;
    }

    /** Rejects a value longer than the target allows: it is never truncated. */
    static void checkLength(ContactField field, String value, Integer maxLength, String target) {
        if (value != null && maxLength != null && value.length() > maxLength) {
            throw new MappingFailure(field.jsonName() + " is " + value.length() + " characters, " + target
                    + " allows " + maxLength);
        }
    }

}
