package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.model.Side;
import io.contactsync.store.RecordRef;
import io.contactsync.store.SyncStore;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Records an operator asked the next cycle to look at (two records linked or declared distinct, a record whose read
 * failed before): the polls only return what changed since the watermarks, so these are read by id and paired with
 * the polled ones. The requests are removed once a cycle read them through to its end. The records of OPEN ambiguous
 * matches and duplicate emails are read each cycle too, so that an item closes itself once the data no longer needs it.
 */
public final class RequestedRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SyncStore store;
    private final SalesforcePoller salesforce;
    private final GenesysContactMapper genesysMapper;
    private final Correlator correlator;

    public RequestedRecords(SyncStore store, SalesforcePoller salesforce, GenesysContactMapper genesysMapper,
                            Correlator correlator) {
        this.store = store;
        this.salesforce = salesforce;
        this.genesysMapper = genesysMapper;
        this.correlator = correlator;
    }

    /** The records operators asked for, and those of the OPEN matching review items (see {@link #settle}). */
    public List<RecordRef> take() {
        return Stream.concat(store.refetches().all().stream(), store.reviews().recordsOfOpenMatches().stream())
                .distinct()
                .toList();
    }

    /** The SOQL reading the requested Salesforce contacts, or null when none is requested. */
    public String salesforceQuery(List<RecordRef> requested) {
        List<String> ids = ids(requested, Side.SALESFORCE);
        return ids.isEmpty() ? null : salesforce.queryByIds(ids);
    }

    public void salesforceRead(String answer, CycleState cycle) throws IOException {
        salesforce.keep(JSON.readTree(answer).path("records"), cycle);
    }

    /** The bulk fetch of the requested Genesys Cloud contacts, or null when none is requested. */
    public String genesysFetch(List<RecordRef> requested) {
        List<String> ids = ids(requested, Side.GENESYS);
        if (ids.isEmpty()) {
            return null;
        }
        ObjectNode request = JSON.createObjectNode();
        ArrayNode entities = request.putArray("entities");
        ids.forEach(id -> entities.addObject().put("id", id));
        return request.toString();
    }

    public void genesysRead(String answer, CycleState cycle) throws IOException {
        ArrayNode contacts = JSON.createArrayNode();
        for (JsonNode result : JSON.readTree(answer).path("results")) {
            JsonNode contact = result.has("entity") ? result.path("entity") : result;
            if (contact.hasNonNull("id")) {
                contacts.add(contact);
            }
        }
        var records = genesysMapper.readAll(contacts);
        correlator.prefetch(cycle, records);
        cycle.polled(records);
    }

    /**
     * The cycle went through: the requests it read are done (newer ones stay for the next cycle), and a matching
     * review item whose records it read without finding the situation again is no longer needed.
     */
    public void settle(List<RecordRef> requested, CycleState cycle) {
        if (requested != null) {
            store.refetches().remove(requested);
            store.reviews().closeNoLongerFoundSince(cycle.startedAt());
        }
    }

    private static List<String> ids(List<RecordRef> requested, Side side) {
        return requested.stream().filter(r -> r.side() == side).map(RecordRef::id).toList();
    }
}
