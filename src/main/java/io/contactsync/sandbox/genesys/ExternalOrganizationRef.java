package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A contact's organization as Genesys returns it without {@code expand=externalOrganization}: id and selfUri.
 * A full organization object sent by a client is reduced to its id.
 */
public record ExternalOrganizationRef(String id) {

    @JsonProperty("selfUri")
    public String selfUri() {
        return ExternalOrganization.PATH + "/" + id;
    }
}
