package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;

/**
 * A stored external organization: the server-set id and dates around the client-writable fields, serialised
 * flat; its {@code selfUri} is that of a reference to it.
 */
@JsonPropertyOrder({"id"})
public record ExternalOrganization(String id, @JsonUnwrapped OrganizationFields fields, Instant createDate,
                                   Instant modifyDate) implements StoredRecord<OrganizationFields> {

    static final String PATH = "/api/v2/externalcontacts/organizations";

    @JsonProperty("selfUri")
    public String selfUri() {
        return new ExternalOrganizationRef(id).selfUri();
    }
}
