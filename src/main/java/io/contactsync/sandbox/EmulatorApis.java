package io.contactsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.Side;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The two emulators as any HTTP client sees them: their public APIs with the sandbox credentials (Salesforce as
 * one named user) and their {@code /__sandbox} control APIs. A call whose token the emulator no longer accepts
 * (expired, or expired by a fault) logs in again and is sent once more. The demo users, the benchmark and the
 * scenario tests all call the emulators through here.
 */
public final class EmulatorApis {

    public static final String SALESFORCE_DATA = "/services/data/v56.0";

    private final String salesforceUrl;
    private final String genesysUrl;
    private final SandboxSettings settings;
    private final String salesforceUser;
    private final JsonHttp jsonHttp = new JsonHttp();
    private String salesforceToken;
    private String genesysToken;

    public EmulatorApis(String salesforceUrl, String genesysUrl, SandboxSettings settings, String salesforceUser) {
        this.salesforceUrl = salesforceUrl;
        this.genesysUrl = genesysUrl;
        this.settings = settings;
        this.salesforceUser = salesforceUser;
    }

    /** The emulators of a running {@link Sandbox}, acting in Salesforce as {@code salesforceUser}. */
    public static EmulatorApis of(Sandbox sandbox, String salesforceUser) {
        return new EmulatorApis(sandbox.salesforce().baseUrl(), sandbox.genesys().baseUrl(), sandbox.settings(),
                salesforceUser);
    }

    /** A Salesforce REST call; {@code path} starts after the host, e.g. {@code /services/data/...}. */
    public JsonNode salesforce(String method, String path, Object body) {
        return withToken(this::salesforceToken, () -> salesforceToken = null, method, salesforceUrl + path, body);
    }

    /** A Genesys Cloud API call; {@code path} starts after the host, e.g. {@code /api/v2/...}. */
    public JsonNode genesys(String method, String path, Object body) {
        return withToken(this::genesysToken, () -> genesysToken = null, method, genesysUrl + path, body);
    }

    /** Every record a SOQL query selects, following {@code nextRecordsUrl} to the last page. */
    public List<JsonNode> salesforceQuery(String soql) {
        return JsonHttp.allQueryRecords(salesforce("GET", SALESFORCE_DATA + "/query?q=" + encode(soql), null),
                path -> salesforce("GET", path, null));
    }

    /** Every Genesys Cloud contact, by the cursor scan at its largest page size. */
    public List<JsonNode> genesysContacts() {
        return JsonHttp.scanGenesysContacts(path -> genesys("GET", path, null));
    }

    /** A call to one emulator's control API ({@code /__sandbox/...}), which needs no token. */
    public JsonNode control(Side side, String method, String path, Object body) {
        String baseUrl = side == Side.SALESFORCE ? salesforceUrl : genesysUrl;
        return jsonHttp.call(method, baseUrl + "/__sandbox" + path, null, body);
    }

    /** API calls per "METHOD /path/template" since the stats were last reset. */
    public Map<String, Long> stats(Side side) {
        Map<String, Long> counts = new TreeMap<>();
        control(side, "GET", "/stats", null).path("requests").fields()
                .forEachRemaining(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }

    public void resetStats() {
        for (Side side : Side.values()) {
            control(side, "DELETE", "/stats", null);
        }
    }

    private JsonNode withToken(Supplier<String> token, Runnable forgetToken, String method, String url, Object body) {
        try {
            return jsonHttp.call(method, url, "Bearer " + token.get(), body);
        } catch (JsonHttp.Unauthorized e) {
            forgetToken.run();
            return jsonHttp.call(method, url, "Bearer " + token.get(), body);
        }
    }

    private String salesforceToken() {
        if (salesforceToken == null) {
            salesforceToken = jsonHttp.salesforceToken(salesforceUrl, settings.salesforce(), salesforceUser);
        }
        return salesforceToken;
    }

    private String genesysToken() {
        if (genesysToken == null) {
            genesysToken = jsonHttp.genesysToken(genesysUrl, settings.genesys());
        }
        return genesysToken;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
