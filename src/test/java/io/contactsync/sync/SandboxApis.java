package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.ExternalContactsApi;
import io.contactsync.model.Side;
import io.contactsync.sandbox.EmulatorApis;
import io.contactsync.sandbox.JsonHttp;
import io.contactsync.sandbox.Sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * What the scenario tests use to act as the people who edit both systems, and to read the final state of
 * both: the emulators' public APIs over HTTP (Salesforce as the demo editor user), and their control APIs.
 */
final class SandboxApis {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITOR = "editor@contact-sync.sandbox";

    private final Sandbox sandbox;
    private final EmulatorApis apis;

    SandboxApis(Sandbox sandbox) {
        this(sandbox, EDITOR);
    }

    private SandboxApis(Sandbox sandbox, String salesforceUser) {
        this.sandbox = sandbox;
        this.apis = EmulatorApis.of(sandbox, salesforceUser);
    }

    /** The same APIs, acting in Salesforce as the integration user the sync logs in as. */
    SandboxApis asIntegrationUser() {
        return new SandboxApis(sandbox, sandbox.settings().salesforce().username());
    }

    // ---- Salesforce

    List<JsonNode> salesforceContacts() {
        return salesforceContacts(List.of());
    }

    /** Every contact with the standard fields the tests compare and these custom ones. */
    List<JsonNode> salesforceContacts(List<String> customFields) {
        return apis.salesforceQuery("SELECT Id, FirstName, LastName, Email, Title, Phone, MobilePhone, MailingCity,"
                + " External_Genesys_ID__c, LastModifiedById, SystemModstamp"
                + customFields.stream().map(field -> ", " + field).collect(Collectors.joining())
                + " FROM Contact ORDER BY Id");
    }

    JsonNode salesforceContact(String id) {
        return salesforce("GET", "/services/data/v56.0/sobjects/Contact/" + id, null);
    }

    String createSalesforceContact(Map<String, String> fields) {
        return salesforce("POST", "/services/data/v56.0/sobjects/Contact/", JSON.valueToTree(fields)).path("id").asText();
    }

    void updateSalesforceContact(String id, Map<String, String> fields) {
        salesforce("PATCH", "/services/data/v56.0/sobjects/Contact/" + id, JSON.valueToTree(fields));
    }

    void deleteSalesforceContact(String id) {
        salesforce("DELETE", "/services/data/v56.0/sobjects/Contact/" + id, null);
    }

    JsonNode salesforceAccount(String id) {
        return salesforce("GET", "/services/data/v56.0/sobjects/Account/" + id, null);
    }

    /** Creates an Account; its id. */
    String createSalesforceAccount(Map<String, String> fields) {
        return salesforce("POST", "/services/data/v56.0/sobjects/Account/", JSON.valueToTree(fields)).path("id").asText();
    }

    // ---- Genesys Cloud

    List<JsonNode> genesysContacts() {
        return apis.genesysContacts();
    }

    JsonNode genesysContact(String id) {
        return genesys("GET", "/api/v2/externalcontacts/contacts/" + id, null);
    }

    /** Genesys Cloud's official Java SDK, with a token of the sandbox's client. */
    ExternalContactsApi genesysSdk() {
        String baseUrl = sandbox.genesys().baseUrl();
        String token = new JsonHttp().genesysToken(baseUrl, sandbox.settings().genesys());
        return new ExternalContactsApi(ApiClient.Builder.standard().withBasePath(baseUrl).withAccessToken(token)
                .withAutoReloadConfig(false).build());
    }

    String createGenesysContact(ObjectNode contact) {
        return genesys("POST", "/api/v2/externalcontacts/contacts", contact).path("id").asText();
    }

    /** Edits as a Genesys Cloud user would: read the whole contact, change it, PUT it back. */
    void updateGenesysContact(String id, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode contact = (ObjectNode) genesysContact(id);
        change.accept(contact);
        genesys("PUT", "/api/v2/externalcontacts/contacts/" + id, contact);
    }

    List<JsonNode> genesysOrganizations() {
        List<JsonNode> organizations = new java.util.ArrayList<>();
        genesys("GET", "/api/v2/externalcontacts/organizations?pageSize=100", null).path("entities")
                .forEach(organizations::add);
        return organizations;
    }

    JsonNode genesysOrganization(String id) {
        return genesys("GET", "/api/v2/externalcontacts/organizations/" + id, null);
    }

    /** Edits as a Genesys Cloud user would: read the whole organization, change it, PUT it back. */
    void updateGenesysOrganization(String id, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode organization = (ObjectNode) genesysOrganization(id);
        change.accept(organization);
        genesys("PUT", "/api/v2/externalcontacts/organizations/" + id, organization);
    }

    /** The {@code schema} object ({@code id}, {@code version}) a contact names to hold the named schema's fields. */
    ObjectNode genesysSchemaReference(String name) {
        for (JsonNode schema : genesys("GET", "/api/v2/externalcontacts/contacts/schemas", null).path("entities")) {
            if (schema.path("name").asText().equals(name)) {
                return JSON.createObjectNode().put("id", schema.path("id").asText())
                        .put("version", schema.path("version").asInt());
            }
        }
        throw new IllegalStateException("The Genesys emulator has no data schema named " + name);
    }

    void deleteGenesysContact(String id) {
        genesys("DELETE", "/api/v2/externalcontacts/contacts/" + id, null);
    }

    /** Creates an External Contact data schema; its id. */
    String createGenesysSchema(JsonNode schema) {
        return genesys("POST", "/api/v2/externalcontacts/contacts/schemas", schema).path("id").asText();
    }

    // ---- control APIs

    /** Seeds both emulators with the same people: half of them on both sides, with no differing fields. */
    void seedBothSides(int count, int seed) {
        Map<String, Object> request = Map.of("count", count, "seed", seed, "sharedShare", 0.5, "differingShare", 0.0);
        salesforceControl("POST", "/seed", request);
        genesysControl("POST", "/seed", request);
    }

    JsonNode salesforceControl(String method, String path, Object body) {
        return apis.control(Side.SALESFORCE, method, path, body);
    }

    JsonNode genesysControl(String method, String path, Object body) {
        return apis.control(Side.GENESYS, method, path, body);
    }

    /**
     * Holds the next request to {@code side} matching {@code method} and {@code path} for {@code millis} (a latency
     * fault), starts {@code call}, and returns once the emulator holds that request: what the caller does next
     * happens while the call waits.
     */
    <T> CompletableFuture<T> whileHeld(Side side, String method, String path, int millis, Supplier<T> call) {
        apis.control(side, "POST", "/faults", Map.of("kind", "latency", "millis", millis, "method", method,
                "path", path, "count", 1));
        CompletableFuture<T> running = CompletableFuture.supplyAsync(call);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> apis.control(side, "GET", "/faults", null).path("queued").asInt() == 0);
        return running;
    }

    /** The same seed request to both emulators: the shared people are on both sides with the same email. */
    void seedBoth(Map<String, Object> request) {
        salesforceControl("POST", "/seed", request);
        genesysControl("POST", "/seed", request);
    }

    /** API calls per "METHOD /path/template" since the last reset of the stats. */
    Map<String, Long> stats(boolean salesforce) {
        return apis.stats(salesforce ? Side.SALESFORCE : Side.GENESYS);
    }

    void resetStats() {
        apis.resetStats();
    }

    // ---- plumbing

    JsonNode salesforce(String method, String path, Object body) {
        return apis.salesforce(method, path, body);
    }

    JsonNode genesys(String method, String path, Object body) {
        return apis.genesys(method, path, body);
    }
}
