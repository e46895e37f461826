package io.contactsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Side;
import io.contactsync.sandbox.EmulatorApis;

import java.util.List;
import java.util.Map;

import static io.contactsync.sandbox.EmulatorApis.SALESFORCE_DATA;

/**
 * What the benchmark's baseline, its editors and its measurements do to the two emulators, over
 * {@link EmulatorApis} (Salesforce as {@code salesforceUser}).
 */
final class EmulatorClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final EmulatorApis apis;

    EmulatorClient(BenchSandbox sandbox, String salesforceUser) {
        this.apis = new EmulatorApis(sandbox.salesforceUrl(), sandbox.genesysUrl(), sandbox.settings(), salesforceUser);
    }

    // ---- Salesforce

    /** Every contact, with the given fields. */
    List<JsonNode> salesforceContacts(String fields) {
        return apis.salesforceQuery("SELECT " + fields + " FROM Contact");
    }

    void updateSalesforceContact(String id, ObjectNode fields) {
        apis.salesforce("PATCH", SALESFORCE_DATA + "/sobjects/Contact/" + id, fields);
    }

    /** A call to the Salesforce REST API, {@code path} below {@code /services/data/vNN.0}. */
    JsonNode salesforce(String method, String path, Object body) {
        return apis.salesforce(method, SALESFORCE_DATA + path, body);
    }

    void createSalesforceContact(ObjectNode fields) {
        apis.salesforce("POST", SALESFORCE_DATA + "/sobjects/Contact/", fields);
    }

    // ---- Genesys Cloud

    List<JsonNode> genesysContacts() {
        return apis.genesysContacts();
    }

    /** Replaces the whole contact, as Genesys Cloud's PUT does. */
    void replaceGenesysContact(String id, ObjectNode contact) {
        apis.genesys("PUT", "/api/v2/externalcontacts/contacts/" + id, contact);
    }

    JsonNode genesys(String method, String path, Object body) {
        return apis.genesys(method, path, body);
    }

    void createGenesysContact(ObjectNode contact) {
        apis.genesys("POST", "/api/v2/externalcontacts/contacts", contact);
    }

    // ---- control APIs

    JsonNode control(Side side, String method, String path, Object body) {
        return apis.control(side, method, path, body);
    }

    Map<String, Long> stats(Side side) {
        return apis.stats(side);
    }

    void resetStats() {
        apis.resetStats();
    }
}
