package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.time.Instant;
import java.util.List;

/**
 * One version of an External Contacts data schema (of contacts or of organizations) as the API returns it;
 * {@code definition} is its parsed {@code jsonSchema}, kept for validating records' custom fields, and
 * {@code path} the schema endpoint it belongs to.
 */
@JsonPropertyOrder({"id", "name", "version"})
record DataSchema(String id, String name, int version, List<String> appliesTo, boolean enabled,
                  CreatedBy createdBy,
                  @JsonSerialize(using = GenesysDates.Serializer.class) Instant dateCreated,
                  JsonNode jsonSchema, @JsonIgnore SchemaDefinition definition, @JsonIgnore String path) {

    static final String CONTACTS_PATH = "/api/v2/externalcontacts/contacts/schemas";
    static final String ORGANIZATIONS_PATH = "/api/v2/externalcontacts/organizations/schemas";

    /** The {@code createdBy} DomainEntityRef: the OAuth client that wrote this version (it has no selfUri). */
    record CreatedBy(String id) {
    }

    @JsonProperty("selfUri")
    String selfUri() {
        return path + "/" + id;
    }
}
