package io.contactsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plays the people who use both systems in the demo: each round edits a few contacts in Salesforce (as the
 * demo user {@code editor@contact-sync.sandbox}) and in Genesys Cloud, some of them the same contact and
 * field on both sides, so that a new user sees one-sided edits flow and conflicts get resolved.
 * It talks to the emulators over their public APIs, as any client would.
 */
public final class DemoActivity {

    public static final String EDITOR_USERNAME = "editor@contact-sync.sandbox";
    /** Two Salesforce contacts share it: a review item. */
    public static final String SHARED_EMAIL = "pat.doe@example.org";
    /** Genesys Cloud accepts it, Salesforce refuses the underscore in its domain: a dead letter. */
    public static final String REFUSED_EMAIL = "ann.lee@mail_server.example.org";

    private static final Logger LOG = LoggerFactory.getLogger(DemoActivity.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TITLES = {"Account Manager", "Regional Buyer", "Head of Support", "CFO",
            "Operations Lead", "Procurement Manager", "Customer Success Lead"};

    private final Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SplittableRandom random;

    public DemoActivity(Sandbox sandbox, long seed) {
        this.sandbox = sandbox;
        this.random = new SplittableRandom(seed);
    }

    /** What one round of edits did. */
    public record Round(int salesforceEdits, int genesysEdits, int sameFieldOnBothSides) {
    }

    /**
     * Edits {@code edits} contacts on each side, and {@code conflicts} contacts that exist on both sides
     * on the same field with different values.
     */
    public Round editRound(int edits, int conflicts) throws IOException, InterruptedException {
        String salesforceToken = salesforceToken();
        String genesysToken = genesysToken();
        List<JsonNode> salesforce = salesforceContacts(salesforceToken);
        List<JsonNode> genesys = genesysContacts(genesysToken);
        Map<String, JsonNode> genesysByEmail = new HashMap<>();
        genesys.forEach(c -> genesysByEmail.put(c.path("workEmail").asText("").toLowerCase(), c));

        int salesforceEdits = 0;
        int genesysEdits = 0;
        for (int i = 0; i < edits && !salesforce.isEmpty(); i++) {
            JsonNode contact = salesforce.get(random.nextInt(salesforce.size()));
            patchSalesforce(salesforceToken, contact.path("Id").asText(), "Title", pick(TITLES));
            salesforceEdits++;
        }
        for (int i = 0; i < edits && !genesys.isEmpty(); i++) {
            JsonNode contact = genesys.get(random.nextInt(genesys.size()));
            putGenesys(genesysToken, contact, "cellPhone", phoneObject(randomPhone()));
            genesysEdits++;
        }
        int sameField = 0;
        List<JsonNode> shared = new ArrayList<>();
        for (JsonNode contact : salesforce) {
            if (genesysByEmail.containsKey(contact.path("Email").asText("").toLowerCase())) {
                shared.add(contact);
            }
        }
        for (int i = 0; i < conflicts && !shared.isEmpty(); i++) {
            JsonNode contact = shared.remove(random.nextInt(shared.size()));
            JsonNode other = genesysByEmail.get(contact.path("Email").asText("").toLowerCase());
            patchSalesforce(salesforceToken, contact.path("Id").asText(), "Phone", randomPhone());
            putGenesys(genesysToken, other, "workPhone", phoneObject(randomPhone()));
            sameField++;
        }
        Round round = new Round(salesforceEdits, genesysEdits, sameField);
        LOG.info("Demo users edited {} Salesforce and {} Genesys Cloud contacts, {} of them the same field on both sides",
                round.salesforceEdits() + round.sameFieldOnBothSides(), round.genesysEdits() + round.sameFieldOnBothSides(),
                round.sameFieldOnBothSides());
        return round;
    }

    /**
     * Sets the stage for the parts of the product a newcomer should see after the first cycle: a shared contact whose
     * other phone differs on the two sides (the demo policies settle that field MANUAL: one open conflict), two
     * Salesforce contacts sharing an email (a review item) and a Genesys Cloud contact whose email Salesforce refuses
     * (a dead letter).
     */
    public void stageShowcase() throws IOException, InterruptedException {
        String salesforceToken = salesforceToken();
        String genesysToken = genesysToken();
        Map<String, JsonNode> genesysByEmail = new HashMap<>();
        genesysContacts(genesysToken).forEach(c -> genesysByEmail.put(c.path("workEmail").asText("").toLowerCase(), c));
        JsonNode shared = salesforceContacts(salesforceToken).stream()
                .filter(c -> genesysByEmail.containsKey(c.path("Email").asText("").toLowerCase())).findFirst()
                .orElseThrow(() -> new IOException("no demo contact on both sides"));
        patchSalesforce(salesforceToken, shared.path("Id").asText(), "OtherPhone", "(317) 555-0101");
        putGenesys(genesysToken, genesysByEmail.get(shared.path("Email").asText("").toLowerCase()), "otherPhone",
                phoneObject("(317) 555-0202"));
        for (String firstName : List.of("Pat", "Patricia")) {
            createSalesforce(salesforceToken, JSON.createObjectNode().put("FirstName", firstName).put("LastName", "Doe")
                    .put("Email", SHARED_EMAIL));
        }
        createGenesys(genesysToken, JSON.createObjectNode().put("firstName", "Ann").put("lastName", "Lee")
                .put("workEmail", REFUSED_EMAIL));
    }

    private String salesforceToken() throws IOException, InterruptedException {
        SandboxSettings.Salesforce sf = sandbox.settings().salesforce();
        String form = "grant_type=password&client_id=" + encode(sf.clientId()) + "&client_secret="
                + encode(sf.clientSecret()) + "&username=" + encode(EDITOR_USERNAME) + "&password=" + encode(sf.password());
        JsonNode body = send(HttpRequest.newBuilder(URI.create(sandbox.salesforce().baseUrl() + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return body.path("access_token").asText();
    }

    private String genesysToken() throws IOException, InterruptedException {
        SandboxSettings.Genesys gc = sandbox.settings().genesys();
        String basic = Base64.getEncoder().encodeToString((gc.clientId() + ":" + gc.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        JsonNode body = send(HttpRequest.newBuilder(URI.create(sandbox.genesys().baseUrl() + "/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        return body.path("access_token").asText();
    }

    private List<JsonNode> salesforceContacts(String token) throws IOException, InterruptedException {
        String soql = "SELECT Id, Email, Title, Phone FROM Contact ORDER BY LastName, Id LIMIT 200";
        JsonNode page = send(HttpRequest.newBuilder(URI.create(sandbox.salesforce().baseUrl()
                        + "/services/data/v56.0/query?q=" + encode(soql)))
                .header("Authorization", "Bearer " + token).GET());
        List<JsonNode> records = new ArrayList<>();
        page.path("records").forEach(records::add);
        return records;
    }

    private List<JsonNode> genesysContacts(String token) throws IOException, InterruptedException {
        JsonNode page = send(HttpRequest.newBuilder(URI.create(sandbox.genesys().baseUrl()
                        + "/api/v2/externalcontacts/scan/contacts?limit=200"))
                .header("Authorization", "Bearer " + token).GET());
        List<JsonNode> entities = new ArrayList<>();
        page.path("entities").forEach(entities::add);
        return entities;
    }

    private void patchSalesforce(String token, String id, String field, String value)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put(field, value);
        send(HttpRequest.newBuilder(URI.create(sandbox.salesforce().baseUrl()
                        + "/services/data/v56.0/sobjects/Contact/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private void putGenesys(String token, JsonNode contact, String field, JsonNode value)
            throws IOException, InterruptedException {
        ObjectNode body = contact.deepCopy();
        body.set(field, value);
        send(HttpRequest.newBuilder(URI.create(sandbox.genesys().baseUrl()
                        + "/api/v2/externalcontacts/contacts/" + contact.path("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private void createSalesforce(String token, ObjectNode contact) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(sandbox.salesforce().baseUrl() + "/services/data/v56.0/sobjects/Contact"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(contact.toString())));
    }

    private void createGenesys(String token, ObjectNode contact) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(sandbox.genesys().baseUrl() + "/api/v2/externalcontacts/contacts"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(contact.toString())));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("demo edit refused: " + response.statusCode() + " " + response.body());
        }
        return response.body() == null || response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static JsonNode phoneObject(String display) {
        return JSON.createObjectNode().put("display", display);
    }

    private String randomPhone() {
        return String.format("(317) %03d-%04d", 200 + random.nextInt(800), random.nextInt(10_000));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
