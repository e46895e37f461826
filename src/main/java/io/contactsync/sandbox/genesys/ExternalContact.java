package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.time.Instant;

/** A stored contact: the server-set id and dates around the client-writable fields, serialised flat. */
@JsonPropertyOrder({"id"})
public record ExternalContact(String id, @JsonUnwrapped ContactFields fields,
                              @JsonSerialize(using = GenesysDates.Serializer.class) Instant createDate,
                              @JsonSerialize(using = GenesysDates.Serializer.class) Instant modifyDate)
        implements StoredRecord<ContactFields> {

    static final String PATH = "/api/v2/externalcontacts/contacts";

    @JsonProperty("selfUri")
    public String selfUri() {
        return PATH + "/" + id;
    }
}
