package io.contactsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.Timestamps;
import io.contactsync.model.Side;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the original brief's {@code BidirectionalSync.runSync} does, over plain HTTP against the emulators: fetch
 * every contact from both systems on each run, match them by email in memory, create the unmatched on the other
 * side one call each, and for a matched pair copy the whole record of the side that won
 * ({@link RecordLevelLastWrite}) with one update call. Its "last sync" time is kept in memory, as the brief's
 * {@code Last_Sync__c}.
 * <p>
 * One deliberate kindness: a pair whose values already agree is not written (the brief's code writes it anyway,
 * and then ping-pongs on its own writes). So the baseline's call counts are a lower bound of the brief's.
 */
final class BaselineSync implements SyncUnderTest {

    private static final String FIELDS = "Id, FirstName, LastName, Email, Title, Phone, MobilePhone, LastModifiedDate";

    private final EmulatorClient client;
    private Instant lastSync;

    BaselineSync(EmulatorClient client) {
        this.client = client;
    }

    @Override
    public String runCycle() {
        Instant started = Instant.now();
        List<JsonNode> salesforce = client.salesforceContacts(FIELDS);
        List<JsonNode> genesys = client.genesysContacts();
        Map<String, JsonNode> genesysByEmail = new HashMap<>();
        genesys.forEach(c -> genesysByEmail.putIfAbsent(BaselineContact.fromGenesys(c).emailKey(), c));
        Set<String> matched = new HashSet<>();
        int createdInGenesys = 0;
        int updatedInGenesys = 0;
        int updatedInSalesforce = 0;
        for (JsonNode sf : salesforce) {
            BaselineContact sfValues = BaselineContact.fromSalesforce(sf);
            JsonNode gz = genesysByEmail.get(sfValues.emailKey());
            if (gz == null) {
                client.createGenesysContact(sfValues.asGenesys(EmulatorClient.JSON.createObjectNode()));
                createdInGenesys++;
                continue;
            }
            matched.add(gz.path("id").asText());
            BaselineContact gzValues = BaselineContact.fromGenesys(gz);
            Optional<Side> winner = RecordLevelLastWrite.winner(Timestamps.parse(sf.path("LastModifiedDate").asText()),
                    Timestamps.parse(gz.path("modifyDate").asText()), lastSync);
            if (winner.isEmpty() || sfValues.sameAs(gzValues)) {
                continue;
            }
            if (winner.get() == Side.SALESFORCE) {
                client.replaceGenesysContact(gz.path("id").asText(), sfValues.asGenesys(((ObjectNode) gz).deepCopy()));
                updatedInGenesys++;
            } else {
                client.updateSalesforceContact(sf.path("Id").asText(), gzValues.asSalesforce());
                updatedInSalesforce++;
            }
        }
        int createdInSalesforce = 0;
        for (JsonNode gz : genesys) {
            if (!matched.contains(gz.path("id").asText())) {
                client.createSalesforceContact(BaselineContact.fromGenesys(gz).asSalesforce());
                createdInSalesforce++;
            }
        }
        lastSync = started;
        return "created " + createdInSalesforce + " / " + createdInGenesys + ", updated " + updatedInSalesforce
                + " / " + updatedInGenesys + " (Salesforce / Genesys)";
    }

    @Override
    public void close() {
        // holds no resources: its only state is the last sync time
    }
}
