package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Side;
import io.contactsync.store.RecordRef;
import io.contactsync.store.SyncStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.function.Supplier;

/**
 * Records a cycle reads by id whatever its watermarks say, paired with the polled ones: those an operator asked for
 * (two records linked or declared distinct, a record whose read failed before), removed once a cycle read them
 * through to its end; and those whose write failed, read again when their back-off is due until a cycle syncs their
 * pair (their dead letters are then resolved). The records of OPEN ambiguous matches and duplicate emails are read
 * each cycle too, so that an item closes itself once the data no longer needs it.
 */
public final class RequestedRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 300 ids of 18 characters keep a SOQL query well within the length of a URL Salesforce accepts. */
    private static final int SALESFORCE_IDS_PER_QUERY = 300;

    private final SyncStore store;
    private final SalesforcePoller salesforce;
    private final Supplier<SyncSettings> settings;
    private final Correlator correlator;
    private final int genesysBulkSize;

    /** @param genesysBulkSize the most contacts one Genesys Cloud bulk call takes ({@code genesys.bulk-size}) */
    public RequestedRecords(SyncStore store, SalesforcePoller salesforce, Supplier<SyncSettings> settings,
                            Correlator correlator, int genesysBulkSize) {
        this.store = store;
        this.salesforce = salesforce;
        this.settings = settings;
        this.correlator = correlator;
        this.genesysBulkSize = genesysBulkSize;
    }

    /**
     * The records operators asked for, the failed ones due for another attempt, and those of the OPEN matching review
     * items (see {@link #settle}); the cycle learns which records are retried, to settle them once their pairs sync.
     */
    public List<RecordRef> take(CycleState cycle) {
        cycle.retrying(store.refetches().retrying(cycle.object()));
        return Stream.concat(store.refetches().due(cycle.object()).stream(),
                        store.reviews().recordsOfOpenMatches(cycle.object()).stream())
                .distinct()
                .toList();
    }

    /** The SOQL queries reading the requested Salesforce contacts, a few hundred ids each (a query is a URL). */
    public List<String> salesforceQueries(List<RecordRef> requested) {
        return chunks(ids(requested, Side.SALESFORCE), SALESFORCE_IDS_PER_QUERY).stream()
                .map(salesforce::queryByIds)
                .toList();
    }

    public void salesforceRead(String answer, CycleState cycle) throws IOException {
        salesforce.keep(JSON.readTree(answer).path("records"), cycle);
    }

    /** The bulk fetches of the requested Genesys Cloud contacts, as many ids each as one bulk call takes. */
    public List<String> genesysFetches(List<RecordRef> requested) {
        return chunks(ids(requested, Side.GENESYS), genesysBulkSize).stream()
                .map(ids -> {
                    ObjectNode request = JSON.createObjectNode();
                    ArrayNode entities = request.putArray("entities");
                    ids.forEach(id -> entities.addObject().put("id", id));
                    return request.toString();
                })
                .toList();
    }

    public void genesysRead(String answer, CycleState cycle) throws IOException {
        ArrayNode contacts = JSON.createArrayNode();
        for (JsonNode result : JSON.readTree(answer).path("results")) {
            JsonNode contact = result.has("entity") ? result.path("entity") : result;
            if (contact.hasNonNull("id")) {
                contacts.add(cycle.genesysNotes().withNotes(contact));
            }
        }
        var records = settings.get().genesysMapper().readAll(contacts);
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
            store.reviews().closeNoLongerFoundSince(cycle.object(), cycle.startedAt());
        }
    }

    private static List<List<String>> chunks(List<String> ids, int size) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return chunks;
    }

    private static List<String> ids(List<RecordRef> requested, Side side) {
        return requested.stream().filter(r -> r.side() == side).map(RecordRef::id).toList();
    }
}
