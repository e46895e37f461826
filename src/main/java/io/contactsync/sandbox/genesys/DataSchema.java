package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.time.Instant;
import java.util.List;

/**
 * One version of an External Contacts data schema as the API returns it; {@code definition} is its parsed
 * {@code jsonSchema}, kept for validating contacts' custom fields.
 */
@JsonPropertyOrder({"id", "name", "version"})
record DataSchema(String id, String name, int version, List<String> appliesTo, boolean enabled,
                  CreatedBy createdBy,
                  @JsonSerialize(using = GenesysDates.Serializer.class) Instant dateCreated,
                  JsonNode jsonSchema, @JsonIgnore SchemaDefinition definition) {

    static final String PATH = "/api/v2/externalcontacts/contacts/schemas";

    /** The {@code createdBy} DomainEntityRef: the OAuth client that wrote this version (it has no selfUri). */
    record CreatedBy(String id) {
    }

    @JsonProperty("selfUri")
    String selfUri() {
        return PATH + "/" + id;
    }
}
