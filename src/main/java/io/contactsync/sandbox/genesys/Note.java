package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.time.Instant;

/**
 * A note on an external contact as the API returns it.
 *
 * @param sequence the order in which notes were created, to order notes with the same createDate
 */
@JsonPropertyOrder({"id", "entityId", "entityType", "noteText"})
record Note(String id, String entityId, String entityType, String noteText,
            @JsonSerialize(using = GenesysDates.Serializer.class) Instant createDate,
            @JsonSerialize(using = GenesysDates.Serializer.class) Instant modifyDate,
            Author createdBy, @JsonIgnore long sequence) {

    /** The {@code createdBy} User: only its id is written; the API adds the user's selfUri. */
    record Author(String id) {

        @JsonProperty("selfUri")
        String selfUri() {
            return "/api/v2/users/" + id;
        }
    }

    static String path(String contactId) {
        return ExternalContact.PATH + "/" + contactId + "/notes";
    }

    @JsonProperty("selfUri")
    String selfUri() {
        return path(entityId) + "/" + id;
    }
}
