package io.contactsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.sandbox.JsonHttp;
import io.contactsync.model.Side;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two emulators as any HTTP client sees them: their public APIs with the demo credentials (Salesforce as
 * {@code salesforceUser}) and their {@code /__sandbox} control APIs. The benchmark's baseline, its editors and
 * its measurements all go through here.
 */
final class EmulatorClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SALESFORCE_DATA = "/services/data/v56.0";

    private final BenchSandbox sandbox;
    private final String salesforceUser;
    private final JsonHttp jsonHttp = new JsonHttp();
    private String salesforceToken;
    private String genesysToken;

    EmulatorClient(BenchSandbox sandbox, String salesforceUser) {
        this.sandbox = sandbox;
        this.salesforceUser = salesforceUser;
    }

    // ---- Salesforce

    /** Every contact, with the given fields, following {@code nextRecordsUrl} to the last page. */
    List<JsonNode> salesforceContacts(String fields) {
        return JsonHttp.allQueryRecords(salesforce("GET", SALESFORCE_DATA + "/query?q="
                + encode("SELECT " + fields + " FROM Contact"), null), path -> salesforce("GET", path, null));
    }

    void updateSalesforceContact(String id, ObjectNode fields) {
        salesforce("PATCH", SALESFORCE_DATA + "/sobjects/Contact/" + id, fields);
    }

    void createSalesforceContact(ObjectNode fields) {
        salesforce("POST", SALESFORCE_DATA + "/sobjects/Contact/", fields);
    }

    // ---- Genesys Cloud

    /** Every contact, by the cursor scan at its largest page size. */
    List<JsonNode> genesysContacts() {
        return JsonHttp.scanGenesysContacts(path -> genesys("GET", path, null));
    }

    /** Replaces the whole contact, as Genesys Cloud's PUT does. */
    void replaceGenesysContact(String id, ObjectNode contact) {
        genesys("PUT", "/api/v2/externalcontacts/contacts/" + id, contact);
    }

    void createGenesysContact(ObjectNode contact) {
        genesys("POST", "/api/v2/externalcontacts/contacts", contact);
    }

    // ---- control APIs

    JsonNode control(Side side, String method, String path, Object body) {
        return call(method, baseUrl(side) + "/__sandbox" + path, null, body);
    }

    /** API calls per "METHOD /path/template" since the stats were last reset. */
    Map<String, Long> stats(Side side) {
        JsonNode requests = control(side, "GET", "/stats", null).path("requests");
        Map<String, Long> counts = new TreeMap<>();
        requests.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    void resetStats() {
        for (Side side : Side.values()) {
            control(side, "DELETE", "/stats", null);
        }
    }

    // ---- plumbing

    private String baseUrl(Side side) {
        return side == Side.SALESFORCE ? sandbox.salesforceUrl() : sandbox.genesysUrl();
    }

    private JsonNode salesforce(String method, String path, Object body) {
        try {
            return call(method, sandbox.salesforceUrl() + path, "Bearer " + salesforceToken(), body);
        } catch (JsonHttp.Unauthorized e) {
            salesforceToken = null;
            return call(method, sandbox.salesforceUrl() + path, "Bearer " + salesforceToken(), body);
        }
    }

    private JsonNode genesys(String method, String path, Object body) {
        try {
            return call(method, sandbox.genesysUrl() + path, "Bearer " + genesysToken(), body);
        } catch (JsonHttp.Unauthorized e) {
            genesysToken = null;
            return call(method, sandbox.genesysUrl() + path, "Bearer " + genesysToken(), body);
        }
    }

    private String salesforceToken() {
        if (salesforceToken == null) {
            salesforceToken = jsonHttp.salesforceToken(sandbox.salesforceUrl(), sandbox.settings().salesforce(), salesforceUser);
        }
        return salesforceToken;
    }

    private String genesysToken() {
        if (genesysToken == null) {
            genesysToken = jsonHttp.genesysToken(sandbox.genesysUrl(), sandbox.settings().genesys());
        }
        return genesysToken;
    }

    private JsonNode call(String method, String url, String authorization, Object body) {
        return jsonHttp.call(method, url, authorization, body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
