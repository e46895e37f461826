package io.contactsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

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
    /** The demo org's custom picklist, which the demo mapping syncs with a Genesys Cloud enum custom field. */
    private static final String[] TIERS = {"Gold", "Silver", "Bronze"};
    /** What agents tag callers with in Genesys Cloud; the packaged mapping brings the tags to Salesforce. */
    private static final String[] TAGS = {"vip", "callback", "complaint", "renewal", "spanish"};
    private static final String SANDBOX_SCHEMA = "Contact sync fields";

    private final EmulatorApis apis;
    private final SplittableRandom random;

    public DemoActivity(Sandbox sandbox, long seed) {
        this.apis = EmulatorApis.of(sandbox, EDITOR_USERNAME);
        this.random = new SplittableRandom(seed);
    }

    /** What one round of edits did. */
    public record Round(int salesforceEdits, int genesysEdits, int sameFieldOnBothSides) {
    }

    /**
     * Edits {@code edits} contacts on each side, and {@code conflicts} contacts that exist on both sides
     * on the same field with different values.
     */
    public Round editRound(int edits, int conflicts) {
        List<JsonNode> salesforce = salesforceContacts();
        List<JsonNode> genesys = genesysContacts();
        Map<String, JsonNode> genesysByEmail = new HashMap<>();
        genesys.forEach(c -> genesysByEmail.put(c.path("workEmail").asText("").toLowerCase(), c));

        int salesforceEdits = 0;
        int genesysEdits = 0;
        for (int i = 0; i < edits && !salesforce.isEmpty(); i++) {
            JsonNode contact = salesforce.get(random.nextInt(salesforce.size()));
            if (i % 2 == 0) {
                patchSalesforce(contact.path("Id").asText(), "Title", pick(TITLES));
            } else {
                patchSalesforce(contact.path("Id").asText(), "Customer_Tier__c", pick(TIERS));
            }
            salesforceEdits++;
        }
        for (int i = 0; i < edits && !genesys.isEmpty(); i++) {
            JsonNode contact = genesys.get(random.nextInt(genesys.size()));
            if (i % 2 == 0) {
                putGenesys(contact, "cellPhone", phoneObject(randomPhone()));
            } else {
                tagGenesys(contact, pick(TAGS));
            }
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
            patchSalesforce(contact.path("Id").asText(), "Phone", randomPhone());
            putGenesys(other, "workPhone", phoneObject(randomPhone()));
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
     * Salesforce contacts sharing an email (a review item), a Genesys Cloud contact whose email Salesforce refuses
     * (a dead letter), and a customer tier (the demo mapping's custom field) on a few Salesforce contacts.
     */
    public void stageShowcase() {
        salesforceContacts().stream().limit(5)
                .forEach(contact -> patchSalesforce(contact.path("Id").asText(), "Customer_Tier__c", pick(TIERS)));
        Map<String, JsonNode> genesysByEmail = new HashMap<>();
        genesysContacts().forEach(c -> genesysByEmail.put(c.path("workEmail").asText("").toLowerCase(), c));
        JsonNode shared = salesforceContacts().stream()
                .filter(c -> genesysByEmail.containsKey(c.path("Email").asText("").toLowerCase())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo contact on both sides"));
        patchSalesforce(shared.path("Id").asText(), "OtherPhone", "(317) 555-0101");
        putGenesys(genesysByEmail.get(shared.path("Email").asText("").toLowerCase()), "otherPhone",
                phoneObject("(317) 555-0202"));
        for (String firstName : List.of("Pat", "Patricia")) {
            apis.salesforce("POST", EmulatorApis.SALESFORCE_DATA + "/sobjects/Contact", JSON.createObjectNode()
                    .put("FirstName", firstName).put("LastName", "Doe").put("Email", SHARED_EMAIL));
        }
        apis.genesys("POST", "/api/v2/externalcontacts/contacts", JSON.createObjectNode().put("firstName", "Ann")
                .put("lastName", "Lee").put("workEmail", REFUSED_EMAIL));
    }

    private List<JsonNode> salesforceContacts() {
        return apis.salesforceQuery("SELECT Id, Email, Title, Phone FROM Contact ORDER BY LastName, Id LIMIT 200");
    }

    private List<JsonNode> genesysContacts() {
        List<JsonNode> entities = new ArrayList<>();
        apis.genesys("GET", "/api/v2/externalcontacts/scan/contacts?limit=200", null).path("entities")
                .forEach(entities::add);
        return entities;
    }

    private void patchSalesforce(String id, String field, String value) {
        apis.salesforce("PATCH", EmulatorApis.SALESFORCE_DATA + "/sobjects/Contact/" + id,
                JSON.createObjectNode().put(field, value));
    }

    /** An agent adds a tag: a custom field of the sandbox's data schema, which the contact then names. */
    private void tagGenesys(JsonNode contact, String tag) {
        ObjectNode body = contact.deepCopy();
        if (!body.path("schema").hasNonNull("id")) {
            body.set("schema", sandboxSchema());
        }
        ObjectNode custom = body.path("customFields").isObject() ? (ObjectNode) body.path("customFields")
                : body.putObject("customFields");
        Set<String> tags = new TreeSet<>();
        custom.path("tags_tag").forEach(existing -> tags.add(existing.asText()));
        tags.add(tag);
        ArrayNode list = custom.putArray("tags_tag");
        tags.forEach(list::add);
        apis.genesys("PUT", "/api/v2/externalcontacts/contacts/" + contact.path("id").asText(), body);
    }

    private ObjectNode sandboxSchema() {
        for (JsonNode schema : apis.genesys("GET", "/api/v2/externalcontacts/contacts/schemas", null)
                .path("entities")) {
            if (schema.path("name").asText().equals(SANDBOX_SCHEMA)) {
                return JSON.createObjectNode().put("id", schema.path("id").asText())
                        .put("version", schema.path("version").asInt());
            }
        }
        throw new IllegalStateException("The Genesys emulator has no data schema named " + SANDBOX_SCHEMA);
    }

    private void putGenesys(JsonNode contact, String field, JsonNode value) {
        ObjectNode body = contact.deepCopy();
        body.set(field, value);
        apis.genesys("PUT", "/api/v2/externalcontacts/contacts/" + contact.path("id").asText(), body);
    }

    private static JsonNode phoneObject(String display) {
        return JSON.createObjectNode().put("display", display);
    }

    private String randomPhone() {
        return String.format("(317) %03d-%04d", 200 + random.nextInt(800), random.nextInt(10_000));
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }
}
