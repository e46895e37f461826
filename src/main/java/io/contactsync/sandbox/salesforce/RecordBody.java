package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the JSON of one record in a write request into typed field values, and reports every problem the
 * way Salesforce does: unknown field, read-only field, wrong JSON type, value too long, invalid email, value
 * outside a restricted picklist, a lookup that is no id of its parent sObject. Blank text is stored as null, as
 * Salesforce does; a lookup's id in its 18-character form.
 *
 * @param changes the fields the request sets, in request order
 * @param id      the record id given in the body ({@code id} or {@code Id}), if any
 * @param errors  everything wrong with the body; the changes are only usable when this is empty
 */
record RecordBody(Map<SalesforceField, Object> changes, Optional<String> id, List<EmulatedSalesforceError> errors) {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    RecordBody {
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        errors = List.copyOf(errors);
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    /** Reads a body against the fields of the catalogue's sObject. */
    static RecordBody read(JsonNode json, FieldCatalogue catalogue) {
        String sObject = catalogue.sObject().apiName();
        if (json == null || !json.isObject()) {
            return new RecordBody(Map.of(), Optional.empty(), List.of(EmulatedSalesforceError.of("JSON_PARSER_ERROR",
                    "Cannot deserialize instance of " + sObject + " from " + describe(json) + " value")));
        }
        Map<SalesforceField, Object> changes = new LinkedHashMap<>();
        List<EmulatedSalesforceError> errors = new ArrayList<>();
        String id = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            if (name.equals("attributes")) {
                continue;
            }
            Optional<SalesforceField> field = catalogue.byName(name);
            if (field.isEmpty()) {
                errors.add(EmulatedSalesforceError.of("INVALID_FIELD", "No such column '" + name
                        + "' on sobject of type " + sObject));
            } else if (field.get().type() == DescribeFieldType.ID) {
                id = entry.getValue().isTextual() ? entry.getValue().asText() : entry.getValue().toString();
            } else if (!field.get().isWritable()) {
                errors.add(EmulatedSalesforceError.of("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: "
                        + field.get().apiName() + ". Please check the security settings of this field and verify"
                        + " that it is read/write for your profile or permission set.", field.get().apiName()));
            } else {
                Converted converted = value(field.get(), entry.getValue(), errors);
                if (converted.accepted()) {
                    changes.put(field.get(), converted.value());
                }
            }
        }
        return new RecordBody(changes, Optional.ofNullable(id), errors);
    }

    /** A JSON value converted to the field's type, or refused (and an error added). */
    private record Converted(boolean accepted, Object value) {
        static final Converted REFUSED = new Converted(false, null);

        static Converted of(Object value) {
            return new Converted(true, value);
        }
    }

    private static Converted value(SalesforceField field, JsonNode json, List<EmulatedSalesforceError> errors) {
        if (json.isNull()) {
            return Converted.of(null);
        }
        DescribeFieldType type = field.type();
        if (type == DescribeFieldType.DOUBLE) {
            if (json.isNumber()) {
                return Converted.of(json.asDouble());
            }
            errors.add(parserError(field, "double", json));
            return Converted.REFUSED;
        }
        if (type == DescribeFieldType.BOOLEAN) {
            if (json.isBoolean()) {
                return Converted.of(json.asBoolean());
            }
            errors.add(parserError(field, "boolean", json));
            return Converted.REFUSED;
        }
        if (!json.isTextual()) {
            errors.add(parserError(field, type == DescribeFieldType.DATE || type == DescribeFieldType.DATETIME ? type.describeName() : "string", json));
            return Converted.REFUSED;
        }
        String text = json.asText();
        if (text.isEmpty()) {
            return Converted.of(null);
        }
        if (type == DescribeFieldType.DATE) {
            try {
                return Converted.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                errors.add(parserError(field, "date", json));
                return Converted.REFUSED;
            }
        }
        if (type == DescribeFieldType.DATETIME) {
            return SalesforceDates.parse(text).<Converted>map(Converted::of).orElseGet(() -> {
                errors.add(parserError(field, "datetime", json));
                return Converted.REFUSED;
            });
        }
        if (type == DescribeFieldType.REFERENCE) {
            return lookup(field, text, errors);
        }
        if (text.length() > field.maxLength()) {
            errors.add(EmulatedSalesforceError.of("STRING_TOO_LONG", field.label() + ": data value too large: "
                    + abbreviate(text) + " (max length=" + field.maxLength() + ")", field.apiName()));
            return Converted.REFUSED;
        }
        if (type == DescribeFieldType.EMAIL && !EMAIL.matcher(text).matches()) {
            errors.add(EmulatedSalesforceError.of("INVALID_EMAIL_ADDRESS", field.label() + ": invalid email address: " + text,
                    field.apiName()));
            return Converted.REFUSED;
        }
        Optional<String> outsidePicklist = outsideRestrictedPicklist(field, text);
        if (outsidePicklist.isPresent()) {
            errors.add(EmulatedSalesforceError.of("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", field.label()
                    + ": bad value for restricted picklist field: " + outsidePicklist.get(), field.apiName()));
            return Converted.REFUSED;
        }
        return Converted.of(text);
    }

    /**
     * A lookup's id in its 18-character form: something that is no id at all is MALFORMED_ID, the id of another
     * sObject FIELD_INTEGRITY_EXCEPTION, as Salesforce answers. Whether the parent exists is the store's check.
     */
    private static Converted lookup(SalesforceField field, String text, List<EmulatedSalesforceError> errors) {
        Optional<String> id = EmulatedSalesforceIds.normalise(text);
        String parentPrefix = EmulatedSObject.named(field.referenceTo()).map(EmulatedSObject::keyPrefix).orElse("");
        if (id.isPresent() && id.get().startsWith(parentPrefix)) {
            return Converted.of(id.get());
        }
        errors.add(EmulatedSalesforceError.of(id.isEmpty() ? "MALFORMED_ID" : "FIELD_INTEGRITY_EXCEPTION",
                field.label() + ": id value of incorrect type: " + text, field.apiName()));
        return Converted.REFUSED;
    }

    /** The first value (of the ';'-separated ones of a multi-select picklist) the field does not allow. */
    private static Optional<String> outsideRestrictedPicklist(SalesforceField field, String text) {
        if (!field.type().isPicklist() || !field.restrictedPicklist()) {
            return Optional.empty();
        }
        List<String> chosen = field.type() == DescribeFieldType.MULTIPICKLIST ? List.of(text.split(";")) : List.of(text);
        return chosen.stream().filter(value -> !field.picklistValues().contains(value)).findFirst();
    }

    /** Salesforce's message, e.g. "Cannot deserialize instance of double from VALUE_STRING value high or ...". */
    private static EmulatedSalesforceError parserError(SalesforceField field, String expected, JsonNode json) {
        return EmulatedSalesforceError.of("JSON_PARSER_ERROR", "Cannot deserialize instance of " + expected + " from "
                + describe(json) + " value " + (json.isTextual() ? json.asText() : json.toString())
                + " or request may be missing a required field", field.apiName());
    }

    private static String describe(JsonNode json) {
        if (json == null || json.isMissingNode()) {
            return "no";
        }
        return switch (json.getNodeType()) {
            case ARRAY -> "START_ARRAY";
            case OBJECT -> "START_OBJECT";
            case NUMBER -> json.isIntegralNumber() ? "VALUE_NUMBER_INT" : "VALUE_NUMBER_FLOAT";
            case BOOLEAN -> json.asBoolean() ? "VALUE_TRUE" : "VALUE_FALSE";
            case STRING -> "VALUE_STRING";
            default -> "VALUE_NULL";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
