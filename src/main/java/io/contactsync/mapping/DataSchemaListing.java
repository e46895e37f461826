package io.contactsync.mapping;

import io.contactsync.model.GenesysProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Genesys Cloud External Contact data schemas ({@code GET /api/v2/externalcontacts/contacts/schemas}, a
 * {@code DataSchemaListing}: {@code {total, entities, selfUri}}, the latest version of each), and what a contact
 * needs to name one of them.
 */
public final class DataSchemaListing implements GenesysContactMapper.SchemaReferences {

    private final List<JsonNode> schemas;

    private DataSchemaListing(List<JsonNode> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    /** The listing as Genesys Cloud answers it; a body without {@code entities} lists no schema. */
    public static DataSchemaListing of(JsonNode listing) {
        List<JsonNode> schemas = new ArrayList<>();
        listing.path("entities").forEach(schemas::add);
        return new DataSchemaListing(schemas);
    }

    /** The schema of that name. */
    Optional<JsonNode> named(String name) {
        return schemas.stream().filter(schema -> schema.path("name").asText("").equals(name)).findFirst();
    }

    /** The custom field {@code field} of the schema, as its {@code jsonSchema} declares it. */
    static Optional<GenesysProperty> customField(JsonNode schema, String field) {
        JsonNode property = schema.path("jsonSchema").path("properties").path(field);
        if (!property.isObject()) {
            return Optional.empty();
        }
        String ref = property.path("allOf").path(0).path("$ref").asText("");
        String type = ref.substring(ref.lastIndexOf('/') + 1);
        JsonNode maxLength = property.path("maxLength");
        List<String> keys = new ArrayList<>();
        property.path("enum").forEach(key -> keys.add(key.asText()));
        boolean enabled = schema.path("enabled").asBoolean(true);
        return Optional.of(new GenesysProperty(type, maxLength.isIntegralNumber() ? maxLength.asInt() : null, keys,
                enabled ? null : "its data schema '" + schema.path("name").asText() + "' is disabled"));
    }

    /** {@code {"id": …, "version": …}} of the schema of that name, as a contact names its schema. */
    @Override
    public Optional<ObjectNode> reference(String schemaName) {
        return named(schemaName).map(schema -> {
            ObjectNode reference = JsonRecords.MAPPER.createObjectNode();
            reference.set("id", schema.path("id"));
            reference.set("version", schema.path("version"));
            return reference;
        });
    }
}
