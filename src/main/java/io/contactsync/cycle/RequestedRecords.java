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
 * Records a cycle reads by id whatever its watermarks say, paired with the polled ones: those an operator asked for
 * (two records linked or declared distinct, a record whose read failed before), removed once a cycle read them
 * through to its end; and those whose write failed, read again when their back-off is due until a cycle syncs their
 * pair (their dead letters are then resolved). The records of OPEN ambiguous matches and duplicate emails are read
 * each cycle too, so that an item closes itself once the data no longer needs it.
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

    /**
     * The records operators asked for, the failed ones due for another attempt, and those of the OPEN matching review
     * items (see {@link #settle}); the cycle learns which records are retried, to settle them once their pairs sync.
     */
    public List<RecordRef> take(CycleState cycle) {
        cycle.retrying(store.refetches().retrying());
        return Stream.concat(store.refetches().due().stream(), store.reviews().recordsOfOpenMatches().stream())
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
        cycle.requested(records);
    }

    /**
     * The cycle went through: the operators' requests it read are done, the failed records whose pairs it synced are
     * no longer retried and their dead letters are resolved, and a matching review item whose records it read without
     * finding the situation again is no longer needed.
     */
    public void settle(List<RecordRef> requested, CycleState cycle) {
        if (requested != null) {
            store.useTransaction(tables -> tables.deadLetters().resolve(
                    tables.refetches().settle(requested, cycle.syncedRetries(), cycle.startedAt())));
            store.reviews().closeNoLongerFoundSince(cycle.startedAt());
        }
    }

    private static List<String> ids(List<RecordRef> requested, Side side) {
        return requested.stream().filter(r -> r.side() == side).map(RecordRef::id).toList();
    }
}
