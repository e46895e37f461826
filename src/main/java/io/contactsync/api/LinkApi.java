package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.ContactLink;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.SyncStore;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** {@code GET /api/links}: the pairs holding a Salesforce id, a Genesys Cloud id, or a (base) email. */
public final class LinkApi {

    /** The JSON shape of a link; {@code base} is the canonical snapshot both systems last agreed on. */
    public record View(MappedObject object, String pairId, String salesforceId, String genesysId, LinkStatus status,
                       JsonNode base, Instant lastSyncedAt) {

        static View of(ContactLink link) {
            try {
                JsonNode base = link.baseSnapshot() == null ? null : AdminApi.JSON.readTree(link.baseSnapshot());
                return new View(link.object(), link.pairId(), link.salesforceId(), link.genesysId(), link.status(),
                        base, link.lastSyncedAt());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("pair " + link.pairId() + " has a base that is not JSON", e);
            }
        }
    }

    private final SyncStore store;

    public LinkApi(SyncStore store) {
        this.store = store;
    }

    /** The links of one record, or of one base email, of this object (of every object when absent). */
    public String find(String salesforceId, String genesysId, String email, String object)
            throws JsonProcessingException {
        MappedObject only = ApiParams.mappedObject(object);
        long given = Stream.of(salesforceId, genesysId, email).filter(v -> v != null && !v.isBlank()).count();
        if (given != 1) {
            throw new ApiError(400, "give exactly one of salesforceId, genesysId or email");
        }
        List<ContactLink> links;
        if (present(salesforceId)) {
            links = store.links().findByRecordId(Side.SALESFORCE, salesforceId.trim()).stream().toList();
        } else if (present(genesysId)) {
            links = store.links().findByRecordId(Side.GENESYS, genesysId.trim()).stream().toList();
        } else {
            links = store.links().findByEmail(email);
        }
        return AdminApi.JSON.writeValueAsString(links.stream()
                .filter(link -> only == null || link.object() == only).map(View::of).toList());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
