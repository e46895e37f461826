package io.contactsync.mapping;

import io.contactsync.model.GenesysProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.Side;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a field mapping fits the two systems it maps: every field exists on both sides, can be written on the side
 * its direction writes, holds the field's type, can hold the lengths and picklist values the mapping sends it. Reads
 * Salesforce's describe of the mapped object ({@code DescribeSObjectResult} of Contact or Account) and Genesys Cloud's
 * data schemas of the mapped entity ({@code DataSchemaListing} of contacts or organizations); answers one line per
 * problem, each starting with the mapping key at fault.
 */
public final class MappingCheck {

    /** Genesys Cloud ids are UUIDs. */
    private static final int GENESYS_ID_LENGTH = 36;

    private final FieldMapping mapping;
    private final String salesforceObject;
    private final Map<String, JsonNode> salesforceFields = new HashMap<>();
    private final DataSchemaListing schemas;
    private final List<String> problems = new ArrayList<>();

    private MappingCheck(FieldMapping mapping, JsonNode describe, DataSchemaListing schemas) {
        this.mapping = mapping;
        this.salesforceObject = mapping.object().salesforceObject();
        describe.path("fields").forEach(field -> salesforceFields.put(
                field.path("name").asText("").toLowerCase(Locale.ROOT), field));
        this.schemas = schemas;
    }

    /**
     * @param describe      {@code GET /services/data/vNN.0/sobjects/Contact/describe} (or {@code Account/describe})
     * @param schemaListing {@code GET /api/v2/externalcontacts/contacts/schemas} (or {@code organizations/schemas})
     * @return every problem, one line each; empty when the mapping fits
     */
    public static List<String> problems(FieldMapping mapping, JsonNode describe, JsonNode schemaListing) {
        MappingCheck check = new MappingCheck(mapping, describe, DataSchemaListing.of(schemaListing));
        check.checkGenesysIdField();
        Optional<JsonNode> schema = check.checkSchema();
        mapping.fields().values().forEach(field -> check.checkField(field, schema));
        return List.copyOf(check.problems);
    }

    private void checkGenesysIdField() {
        String name = mapping.salesforceGenesysIdField();
        String key = "salesforce.genesysIdField: ";
        JsonNode field = salesforceFields.get(name.toLowerCase(Locale.ROOT));
        if (field == null) {
            problems.add(key + name + " is not a field of " + salesforceObject);
            return;
        }
        if (!field.path("updateable").asBoolean()) {
            problems.add(key + salesforceObject + "." + name + " is not updateable, and the sync writes the Genesys Cloud id there");
        }
        int length = field.path("length").asInt();
        if (length > 0 && length < GENESYS_ID_LENGTH) {
            problems.add(key + salesforceObject + "." + name + " holds " + length + " characters, a Genesys Cloud id "
                    + GENESYS_ID_LENGTH);
        }
    }

    /** The data schema of the custom fields, when the mapping maps any. */
    private Optional<JsonNode> checkSchema() {
        if (mapping.fields().values().stream().noneMatch(FieldMapping::isCustomField)) {
            return Optional.empty();
        }
        Optional<JsonNode> schema = schemas.named(mapping.genesysSchema());
        if (schema.isEmpty()) {
            problems.add("genesys.schema: Genesys Cloud has no " + mapping.object().genesysSchemaKind()
                    + " data schema named '" + mapping.genesysSchema() + "'");
        }
        return schema;
    }

    private void checkField(FieldMapping.MappedField field, Optional<JsonNode> schema) {
        String key = "fields." + field.field().jsonName();
        Optional<JsonNode> salesforce = salesforceField(key, field);
        Optional<GenesysProperty> genesys = genesysProperty(key, field, schema);
        salesforce.ifPresent(describe -> checkSalesforce(key, field, describe));
        genesys.ifPresent(property -> checkGenesys(key, field, property));
        if (field.type() == FieldType.PICKLIST && salesforce.isPresent() && genesys.isPresent()) {
            checkPicklist(key, field, salesforce.get(), genesys.get());
        }
    }

    private Optional<JsonNode> salesforceField(String key, FieldMapping.MappedField field) {
        String name = field.salesforce().field();
        JsonNode describe = salesforceFields.get(name.toLowerCase(Locale.ROOT));
        if (describe == null) {
            problems.add(key + ".salesforce.field: " + name + " is not a field of " + salesforceObject);
        }
        return Optional.ofNullable(describe);
    }

    private Optional<GenesysProperty> genesysProperty(String key, FieldMapping.MappedField field,
                                                      Optional<JsonNode> schema) {
        String path = field.genesys().path();
        if (!path.startsWith(GenesysProperty.CUSTOM_FIELDS)) {
            Optional<GenesysProperty> property = mapping.object().genesysProperty(path);
            if (property.isEmpty()) {
                problems.add(key + ".genesys.path: " + path + " is not a property of a Genesys Cloud "
                        + mapping.object().genesysEntity() + " (" + String.join(", ", mapping.object().genesysPaths())
                        + ", or customFields.<name>)");
            }
            return property;
        }
        if (schema.isEmpty()) {
            return Optional.empty(); // reported once, on genesys.schema
        }
        String name = path.substring(GenesysProperty.CUSTOM_FIELDS.length());
        Optional<GenesysProperty> property = DataSchemaListing.customField(schema.get(), name);
        if (property.isEmpty()) {
            problems.add(key + ".genesys.path: " + name + " is not a field of the data schema '"
                    + mapping.genesysSchema() + "'");
        }
        return property;
    }

    private void checkSalesforce(String key, FieldMapping.MappedField field, JsonNode describe) {
        String name = salesforceObject + "." + describe.path("name").asText();
        if (field.direction().writes(Side.SALESFORCE)) {
            for (String flag : List.of("createable", "updateable")) {
                if (!describe.path(flag).asBoolean()) {
                    problems.add(key + ".salesforce.field: " + name + " is not " + flag + ", and the direction "
                            + field.direction() + " writes it");
                }
            }
        }
        String type = describe.path("type").asText();
        List<String> fits = FieldTypeFit.salesforce(field.type());
        if (!fits.contains(type)) {
            problems.add(key + ".type: " + field.type().fileName() + " does not fit Salesforce " + name + " of type "
                    + type + " (" + field.type().fileName() + " fits " + String.join(", ", fits) + ")");
        }
        int length = describe.path("length").asInt();
        Integer maxLength = field.salesforce().maxLength();
        if (length > 0 && maxLength != null && maxLength > length) {
            problems.add(key + ".salesforce.maxLength: " + maxLength + " is more than the " + length
                    + " characters " + name + " holds");
        }
    }

    private void checkGenesys(String key, FieldMapping.MappedField field, GenesysProperty property) {
        String path = field.genesys().path();
        if (field.direction().writes(Side.GENESYS) && !property.writable()) {
            problems.add(key + ".direction: " + field.direction() + " writes Genesys Cloud " + path + ", but "
                    + property.readOnlyReason() + "; use " + FieldDirection.GENESYS_TO_SALESFORCE);
        }
        List<String> fits = FieldTypeFit.genesys(field.type());
        if (!fits.contains(property.type())) {
            problems.add(key + ".type: " + field.type().fileName() + " does not fit Genesys Cloud " + path
                    + " of type " + property.type() + " (" + field.type().fileName() + " fits "
                    + String.join(", ", fits) + ")");
        }
        Integer maxLength = field.genesys().maxLength();
        if (property.maxLength() != null && maxLength != null && maxLength > property.maxLength()) {
            problems.add(key + ".genesys.maxLength: " + maxLength + " is more than the " + property.maxLength()
                    + " characters Genesys Cloud " + path + " holds");
        }
    }

    /**
     * Each picklist value one side may send must be a value of the other side (through the value map) and fit its
     * length; checked in the directions the field flows.
     */
    private void checkPicklist(String key, FieldMapping.MappedField field, JsonNode describe,
                               GenesysProperty property) {
        String salesforceName = "Salesforce " + salesforceObject + "." + describe.path("name").asText();
        String genesysName = "Genesys Cloud " + field.genesys().path();
        List<String> salesforceValues = new ArrayList<>();
        describe.path("picklistValues").forEach(value -> {
            if (value.path("active").asBoolean(true)) {
                salesforceValues.add(value.path("value").asText());
            }
        });
        Map<String, String> toGenesys = field.values();
        Map<String, String> toSalesforce = new LinkedHashMap<>();
        toGenesys.forEach((salesforce, genesys) -> toSalesforce.put(genesys, salesforce));
        if (!salesforceValues.isEmpty()) {
            toGenesys.keySet().stream().filter(value -> !salesforceValues.contains(value)).forEach(value ->
                    problems.add(key + ".values: '" + value + "' is not a value of " + salesforceName));
        }
        if (field.direction().writes(Side.GENESYS)) {
            checkValues(key, salesforceName, salesforceValues, toGenesys, genesysName, property.allowedValues(),
                    shortest(field.genesys().maxLength(), property.maxLength()));
        }
        if (field.direction().writes(Side.SALESFORCE)) {
            int length = describe.path("length").asInt();
            checkValues(key, genesysName, property.allowedValues(), toSalesforce, salesforceName, salesforceValues,
                    shortest(field.salesforce().maxLength(), length > 0 ? length : null));
        }
    }

    private void checkValues(String key, String fromName, List<String> from, Map<String, String> valueMap,
                             String toName, List<String> to, Integer toLength) {
        for (String value : from) {
            String mapped = valueMap.getOrDefault(value, value);
            if (!to.isEmpty() && !to.contains(mapped)) {
                problems.add(key + ".values: " + fromName + " value '" + value + "' becomes '" + mapped
                        + "', which is not a value of " + toName + " (" + String.join(", ", to) + ")");
            } else if (toLength != null && mapped.length() > toLength) {
                problems.add(key + ".values: " + fromName + " value '" + value + "' becomes '" + mapped
                        + "', longer than the " + toLength + " characters " + toName + " holds");
            }
        }
    }

    private static Integer shortest(Integer a, Integer b) {
        return Stream.of(a, b).filter(length -> length != null).min(Integer::compare).orElse(null);
    }
}
