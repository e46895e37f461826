package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a contact's {@code customFields} against the fields its data schema declares, as Genesys does: an
 * unknown field, a value of the wrong JSON type or format, a value outside the field's constraints, an enum
 * value that is not one of its keys, a tag list that breaks its limits, and a missing required field are each
 * reported as {@code customFields.<name>}. A null value clears the field.
 */
final class CustomFieldValidator {

    private CustomFieldValidator() {
    }

    /**
     * @param customFields the sent object (null or missing when none was sent)
     * @return the fields to store: the sent ones without nulls
     */
    static ObjectNode validate(SchemaDefinition schema, JsonNode customFields, List<FieldError> errors) {
        ObjectNode stored = GenesysJson.MAPPER.createObjectNode();
        if (customFields != null && !customFields.isNull() && !customFields.isObject()) {
            errors.add(new FieldError("customFields", customFields.toString(), "must be an object"));
            return stored;
        }
        if (customFields != null) {
            customFields.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    return;
                }
                CustomFieldSpec spec = schema.fields().get(f.getKey());
                String problem = spec == null ? "is not a field of its schema"
                        : problem(spec, f.getValue());
                if (problem == null) {
                    stored.set(f.getKey(), f.getValue());
                } else {
                    errors.add(new FieldError("customFields." + f.getKey(), abbreviated(f.getValue()), problem));
                }
            });
        }
        for (String name : schema.required()) {
            if (!stored.has(name) && errors.stream().noneMatch(e -> e.fieldName().equals("customFields." + name))) {
                errors.add(new FieldError("customFields." + name, null, "is required by its schema"));
            }
        }
        return stored;
    }

    /** Why the value does not fit the field, or null if it does. */
    private static String problem(CustomFieldSpec spec, JsonNode value) {
        return switch (spec.type()) {
            case TEXT, LONGTEXT, IDENTIFIER -> value.isTextual() ? length(spec, value.asText()) : "must be a string";
            case URL -> !value.isTextual() ? "must be a string"
                    : !isWebUrl(value.asText()) ? "must be an absolute http or https URL"
                    : length(spec, value.asText());
            case NUMBER -> value.isNumber() ? range(spec, value.asDouble()) : "must be a number";
            case INTEGER -> isWhole(value) ? range(spec, value.asDouble()) : "must be a whole number";
            case CHECKBOX, BOOLEAN -> value.isBoolean() ? null : "must be true or false";
            case DATE -> value.isTextual() && isDate(value.asText()) ? null : "must be a date like 2024-01-31";
            case DATETIME -> value.isTextual() && isDateTime(value.asText()) ? null
                    : "must be an ISO-8601 date-time like 2024-01-31T12:00:00.000Z";
            case ENUM -> value.isTextual() && spec.enumKeys().contains(value.asText()) ? null
                    : "must be one of " + String.join(", ", spec.enumKeys());
            case TAG -> tags(spec, value);
        };
    }

    private static boolean isWhole(JsonNode value) {
        return value.isNumber() && value.asDouble() == Math.rint(value.asDouble());
    }

    private static String length(CustomFieldSpec spec, String text) {
        if (spec.minLength() != null && text.length() < spec.minLength()) {
            return "must be at least " + spec.minLength() + " characters, not " + text.length();
        }
        if (spec.maxLength() != null && text.length() > spec.maxLength()) {
            return "must be at most " + spec.maxLength() + " characters, not " + text.length();
        }
        return null;
    }

    private static String range(CustomFieldSpec spec, double number) {
        if (spec.minimum() != null && number < spec.minimum() || spec.maximum() != null && number > spec.maximum()) {
            return "must be between " + bound(spec.minimum()) + " and " + bound(spec.maximum());
        }
        return null;
    }

    private static String bound(Double value) {
        return value == null ? "any" : value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
    }

    private static String tags(CustomFieldSpec spec, JsonNode value) {
        if (!value.isArray()) {
            return "must be an array of strings";
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode tag : value) {
            if (!tag.isTextual()) {
                return "must be an array of strings";
            }
            String text = tag.asText();
            if (!seen.add(text)) {
                return "holds '" + text + "' twice";
            }
            if (spec.itemMinLength() != null && text.length() < spec.itemMinLength()
                    || spec.itemMaxLength() != null && text.length() > spec.itemMaxLength()) {
                return "each tag must be " + spec.itemMinLength() + " to " + spec.itemMaxLength()
                        + " characters long, not '" + text + "'";
            }
        }
        if (spec.minItems() != null && value.size() < spec.minItems()
                || spec.maxItems() != null && value.size() > spec.maxItems()) {
            return "must hold " + (spec.minItems() == null ? 0 : spec.minItems()) + " to "
                    + (spec.maxItems() == null ? "any number of" : spec.maxItems()) + " tags, not " + value.size();
        }
        return null;
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        return parses(text, LocalDate::parse);
    }

    private static boolean isDateTime(String text) {
        return parses(text, OffsetDateTime::parse);
    }

    private static boolean parses(String text, Function<String, ?> parser) {
        try {
            parser.apply(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String abbreviated(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
