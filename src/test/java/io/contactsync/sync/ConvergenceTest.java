package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.store.Conflict;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.DeadLetter;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.RecordRef;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A seeded random driver: people edit both systems (field edits, the same field on both sides, creates,
 * deletes) between cycles, and edit contacts while a cycle is held up in a write (a latency fault), while the sync
 * runs cycles through random faults (429 with Retry-After, 500, dropped connections, expired tokens) and process
 * restarts; then fault-free cycles until quiet. At the end:
 * <ul>
 * <li>every linked pair holds the same values on both sides, and no email is on one side twice;</li>
 * <li>no contact deleted on one side exists there again;</li>
 * <li>no edit vanished: for each side, contact and field, the side's <em>last</em> edit is the final value,
 * or is the losing value of a recorded conflict, or was followed by a later edit of the same field on the
 * other side (a newer user change, not a loss). Earlier edits by the same side are not checked: the user
 * replaced their own value. With threeWayMerge a field changed on one side only always wins, so a lost edit
 * without a conflict row is a bug whatever the field's policy; a one-way field's other side is put back and
 * journalled. The fields: title (Salesforce-owned), city (LAST_WRITE), the demo mapping's custom picklist tier
 * (a Salesforce picklist and a Genesys Cloud enum custom field, LAST_WRITE), tags (a Genesys Cloud tag
 * custom field, Genesys-owned) and the contact's account (a move to another of the seeded companies, on either
 * side; Salesforce wins when both moved it);</li>
 * <li>every company is linked, holds the same name on both sides, and that name is Salesforce's last rename of it
 * (an organization is Salesforce-owned: a rename in Genesys Cloud is put back and recorded as a conflict); each
 * linked contact belongs to the same company on both sides;</li>
 * <li>the last cycle made no write calls;</li>
 * <li>contacts Salesforce refuses (a last name over its 80 characters), created in Genesys Cloud and fixed there
 * later, each got one dead letter, which closed itself once the fix synced (no replay), and no dead letter or
 * retry is left open.</li>
 * </ul>
 * Duplicate emails created by people are left out: they go to review by design and stay unlinked.
 * {@code -Dconvergence.operations=N} (default 200), {@code -Dconvergence.seed=S} (default 2024) and
 * {@code -Dconvergence.operationsPerCycle=C} (default 8) size and vary the run. The driver reads both systems once
 * per cycle, not once per edit, so a long run grows with its cycles, not with operations times contacts.
 */
class ConvergenceTest extends SeededSandboxTest {

    private static final int OPERATIONS = Integer.getInteger("convergence.operations", 200);
    private static final long SEED = Long.getLong("convergence.seed", 2024);
    private static final int OPERATIONS_PER_CYCLE = Integer.getInteger("convergence.operationsPerCycle", 8);
    private static final String TIER = "tier";
    private static final String TAGS = "tags";
    private static final String ACCOUNT = "account";
    private static final List<String> FIELDS = List.of("title", "city", TIER, TAGS, ACCOUNT);
    private static final int COMPANIES = 4;
    /** The demo's customer tier: Salesforce's picklist values, and Genesys Cloud's enum keys in lower case. */
    private static final List<String> TIERS = List.of("Gold", "Silver", "Bronze");
    /** Where each field lives in Salesforce's Contact JSON. */
    private static final Map<String, String> SALESFORCE_FIELDS = Map.of("title", "Title", "city", "MailingCity",
            TIER, "Customer_Tier__c", TAGS, "Genesys_Tags__c", ACCOUNT, "AccountId");
    private static final List<String> SALESFORCE_CUSTOM_FIELDS = List.of("Customer_Tier__c", "Genesys_Tags__c",
            "AccountId");

    /** One edit a person made: which side, which contact (by email), which field, the value, and when (op number). */
    record Edit(Side side, String email, String field, String value, int operation) {
    }

    /** A person renamed a company: on which side, which Account (or the organization linked to it), when. */
    record Rename(Side side, String accountId, String name, int operation) {
    }

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final List<Edit> edits = new ArrayList<>();
    private final List<Rename> renames = new ArrayList<>();
    /** The companies as both systems hold them: Salesforce Account id to its linked Genesys Cloud organization id. */
    private final Map<String, String> linkedCompanies = new TreeMap<>();
    private final Map<Side, Set<String>> deleted = Map.of(Side.SALESFORCE, new HashSet<>(), Side.GENESYS,
            new HashSet<>());
    /** What the people see of both systems: read after each cycle, kept up to date by their own edits. */
    private final Map<Side, Map<String, String>> idsByEmail = new EnumMap<>(Side.class);
    private final Map<Side, List<String>> emails = new EnumMap<>(Side.class);
    private final List<String> sharedEmails = new ArrayList<>();
    private int editsWhileWriting;
    /** Genesys Cloud contacts Salesforce refuses, by email, until a person fixes them at the source. */
    private final TreeMap<String, String> refusedBySalesforce = new TreeMap<>();
    /** Genesys Cloud id to email of the refused contacts fixed at the source. */
    private final Map<String, String> fixedAtSource = new TreeMap<>();

    /** A long run makes more calls than an org's daily allowance: the allowance is not what this tests. */
    @Override
    SyncHarness startHarness() {
        SandboxSettings free = SandboxSettings.onFreePorts();
        SandboxSettings.Salesforce salesforce = free.salesforce();
        return new SyncHarness(data, new SandboxSettings(free.host(), free.salesforcePort(), free.genesysPort(),
                new SandboxSettings.Salesforce(salesforce.clientId(), salesforce.clientSecret(), salesforce.username(),
                        salesforce.password(), salesforce.tokenLifetime(), Integer.MAX_VALUE), free.genesys()),
                Map.of("SYNC_MAPPING_FILE", "classpath:mapping/demo-mapping.yaml"), Map.of());
    }

    @Override
    Map<String, Object> seedRequest() {
        Map<String, Object> seed = new HashMap<>(super.seedRequest());
        seed.put("companies", COMPANIES);
        return seed;
    }

    @Test
    void convergesWithNothingLostUnderRandomEditsAndFaults() {
        sync.runUntilQuiet(5);
        readBothSides();
        for (int operation = 1; operation <= OPERATIONS; operation++) {
            act(operation);
            if (operation % OPERATIONS_PER_CYCLE == 0) {
                operation = cycleUnderFaults(operation);
                readBothSides();
            }
        }
        sync.apis.salesforceControl("DELETE", "/faults", null);
        sync.apis.genesysControl("DELETE", "/faults", null);
        sync.runCycle();
        while (!refusedBySalesforce.isEmpty()) {
            assertThat(fixRefusedAtSource()).as("a refused contact has its dead letter after a fault-free cycle")
                    .isTrue();
        }
        sync.runUntilQuiet(10);

        sync.apis.resetStats();
        sync.runCycle();
        assertThat(writeCalls()).as("write calls of the last cycle").isEmpty();
        List<JsonNode> salesforce = sync.apis.salesforceContacts(SALESFORCE_CUSTOM_FIELDS);
        List<JsonNode> genesys = sync.apis.genesysContacts();
        SyncAssertions.assertNoDuplicates(salesforce, genesys);
        assertCustomFieldsAgree(salesforce, genesys);
        // under the UNLINK delete policy the survivor keeps the other side's id of a contact deleted there
        SyncAssertions.assertBothSystemsAgree(salesforce.stream()
                .filter(c -> !deleted.get(Side.GENESYS).contains(lower(c.path("Email").asText("")))).toList(), genesys);
        assertNoDeletedContactBack(salesforce, genesys);
        assertNoEditVanished(salesforce);
        assertRefusalsClosedThemselves(salesforce);
        assertCompaniesAgree(salesforce, genesys);
    }

    private void act(int operation) {
        double roll = random.nextDouble();
        Side side = random.nextBoolean() ? Side.SALESFORCE : Side.GENESYS;
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        if (roll < 0.6) {
            editAnyContact(side, field, operation);
        } else if (roll < 0.65) {
            rename(side, operation);
        } else if (roll < 0.75) {
            if (!sharedEmails.isEmpty()) {
                String email = sharedEmails.get(random.nextInt(sharedEmails.size()));
                edit(Side.SALESFORCE, email, field, operation);
                edit(Side.GENESYS, email, field, operation);
            }
        } else if (roll < 0.85) {
            create(side, "conv-" + SEED + "-" + operation + "@example.test", operation);
        } else if (roll < 0.9) {
            if (!refusedBySalesforce.isEmpty() && random.nextBoolean()) {
                fixRefusedAtSource();
            } else {
                createRefusedBySalesforce("refused-" + SEED + "-" + operation + "@example.test", operation);
            }
        } else {
            if (!sharedEmails.isEmpty()) {
                delete(side, sharedEmails.get(random.nextInt(sharedEmails.size())));
            }
        }
    }

    private void editAnyContact(Side side, String field, int operation) {
        List<String> candidates = emails.get(side);
        if (!candidates.isEmpty()) {
            edit(side, candidates.get(random.nextInt(candidates.size())), field, operation);
        }
    }

    /**
     * A person's edit of the field, recorded with its value in the canonical (Salesforce) form: the tier is a
     * picklist value, the tags a single tag (a set of one).
     */
    private void edit(Side side, String email, String field, int operation) {
        if (field.equals(ACCOUNT) && linkedCompanies.isEmpty()) {
            return;
        }
        List<String> accounts = List.copyOf(linkedCompanies.keySet());
        String value = field.equals(TIER) ? TIERS.get(random.nextInt(TIERS.size()))
                : field.equals(ACCOUNT) ? accounts.get(random.nextInt(accounts.size()))
                : field + "-" + side.name().charAt(0) + operation;
        String id = idsByEmail.get(side).get(email);
        if (side == Side.SALESFORCE) {
            sync.apis.updateSalesforceContact(id, Map.of(SALESFORCE_FIELDS.get(field), value));
        } else {
            sync.apis.updateGenesysContact(id, c -> {
                switch (field) {
                    case "title" -> c.put("title", value);
                    case "city" -> (c.path("address").isObject() ? (ObjectNode) c.path("address")
                            : c.putObject("address")).put("city", value);
                    case ACCOUNT -> c.putObject("externalOrganization").put("id", linkedCompanies.get(value));
                    default -> customFields(c).set(field.equals(TIER) ? "customerTier_enum" : "tags_tag",
                            field.equals(TIER) ? SandboxApis.JSON.getNodeFactory().textNode(value.toLowerCase(Locale.ROOT))
                                    : SandboxApis.JSON.createArrayNode().add(value));
                }
            });
        }
        edits.add(new Edit(side, email, field, value, operation));
    }

    /** A person renames one of the companies, in Salesforce (its Account) or in Genesys Cloud (its organization). */
    private void rename(Side side, int operation) {
        if (linkedCompanies.isEmpty()) {
            return;
        }
        List<String> accounts = List.copyOf(linkedCompanies.keySet());
        String account = accounts.get(random.nextInt(accounts.size()));
        String name = "Company " + side.name().charAt(0) + operation;
        if (side == Side.SALESFORCE) {
            sync.apis.salesforce("PATCH", "/services/data/v56.0/sobjects/Account/" + account, Map.of("Name", name));
        } else {
            String path = "/api/v2/externalcontacts/organizations/" + linkedCompanies.get(account);
            ObjectNode organization = (ObjectNode) sync.apis.genesys("GET", path, null);
            organization.put("name", name);
            sync.apis.genesys("PUT", path, organization);
        }
        renames.add(new Rename(side, account, name, operation));
    }

    /**
     * Every seeded company is linked and named alike on both sides, with Salesforce's last rename (a Genesys Cloud
     * rename after it is put back and recorded as a conflict); every linked contact belongs to the same company on
     * both sides.
     */
    private void assertCompaniesAgree(List<JsonNode> salesforce, List<JsonNode> genesys) {
        Map<String, String> lastSalesforceName = new HashMap<>();
        renames.stream().filter(r -> r.side() == Side.SALESFORCE)
                .forEach(r -> lastSalesforceName.put(r.accountId(), r.name()));
        Set<String> recordedLosses = new HashSet<>();
        for (ConflictStatus status : ConflictStatus.values()) {
            sync.store().conflicts().list(MappedObject.ORGANIZATION, status, 100_000).forEach(c -> recordedLosses.add(
                    c.details().salesforceId() + " " + c.details().field() + " " + c.details().genesysValue()));
        }
        SoftAssertions softly = new SoftAssertions();
        readCompanies();
        softly.assertThat(linkedCompanies).as("linked companies").hasSize(COMPANIES);
        linkedCompanies.forEach((account, organization) -> {
            String name = sync.apis.salesforce("GET", "/services/data/v56.0/sobjects/Account/" + account, null)
                    .path("Name").asText();
            softly.assertThat(sync.apis.genesys("GET", "/api/v2/externalcontacts/organizations/" + organization, null)
                    .path("name").asText()).as("name of organization %s", organization).isEqualTo(name);
            if (lastSalesforceName.containsKey(account)) {
                softly.assertThat(name).as("name of Account %s", account).isEqualTo(lastSalesforceName.get(account));
            }
        });
        renames.stream().filter(r -> r.side() == Side.GENESYS).forEach(r -> softly.assertThat(
                recordedLosses.contains(r.accountId() + " name " + r.name())
                        || renames.stream().anyMatch(later -> later.accountId().equals(r.accountId())
                        && later.side() == Side.SALESFORCE && later.operation() > r.operation()))
                .as("%s: recorded as a conflict's losing value, or overtaken by a Salesforce rename", r).isTrue());
        Map<String, JsonNode> genesysById = new HashMap<>();
        genesys.forEach(contact -> genesysById.put(contact.path("id").asText(), contact));
        int attached = 0;
        for (JsonNode contact : salesforce) {
            JsonNode counterpart = genesysById.get(contact.path("External_Genesys_ID__c").asText(""));
            if (counterpart == null) {
                continue;
            }
            String account = contact.path("AccountId").asText("");
            softly.assertThat(counterpart.path("externalOrganization").path("id").asText(""))
                    .as("company of %s", contact.path("Email")).isEqualTo(linkedCompanies.getOrDefault(account, ""));
            attached += account.isEmpty() ? 0 : 1;
        }
        softly.assertAll();
        assertThat(attached).as("linked contacts attached to a company").isPositive();
        assertThat(renames).as("companies renamed").isNotEmpty();
    }

    /** The Accounts Salesforce holds with the organization the sync linked them to. */
    private void readCompanies() {
        linkedCompanies.clear();
        sync.apis.salesforce("GET", "/services/data/v56.0/query?q=SELECT+Id,External_Genesys_ID__c+FROM+Account",
                null).path("records").forEach(account -> {
                    String organization = account.path("External_Genesys_ID__c").asText("");
                    if (!organization.isEmpty()) {
                        linkedCompanies.put(account.path("Id").asText(), organization);
                    }
                });
    }

    /** The contact's custom fields, naming the sandbox's data schema as Genesys Cloud requires. */
    private ObjectNode customFields(ObjectNode contact) {
        if (!contact.path("schema").hasNonNull("id")) {
            contact.set("schema", sync.apis.genesysSchemaReference("Contact sync fields"));
        }
        return contact.path("customFields").isObject() ? (ObjectNode) contact.path("customFields")
                : contact.putObject("customFields");
    }

    private void create(Side side, String email, int operation) {
        String id;
        if (side == Side.SALESFORCE) {
            id = sync.apis.createSalesforceContact(Map.of("LastName", "Conv" + operation, "Email", email));
        } else {
            ObjectNode contact = SandboxApis.JSON.createObjectNode().put("firstName", "Conv")
                    .put("lastName", "Conv" + operation).put("workEmail", email);
            id = sync.apis.createGenesysContact(contact);
        }
        idsByEmail.get(side).put(email, id);
        emails.get(side).add(email);
    }

    /** A Genesys Cloud contact whose last name is longer than Salesforce's 80 characters. */
    private void createRefusedBySalesforce(String email, int operation) {
        String id = sync.apis.createGenesysContact(SandboxApis.JSON.createObjectNode().put("firstName", "Refused")
                .put("lastName", "R" + "e".repeat(85) + operation).put("workEmail", email));
        idsByEmail.get(Side.GENESYS).put(email, id);
        emails.get(Side.GENESYS).add(email);
        refusedBySalesforce.put(email, id);
    }

    /**
     * A person shortens a refused last name in Genesys Cloud, one the sync has refused already (it is in the
     * dead-letter list): a contact fixed before any cycle tried it was never refused.
     *
     * @return whether a contact was fixed
     */
    private boolean fixRefusedAtSource() {
        List<DeadLetter> letters = sync.store().deadLetters().list(null, DeadLetterStatus.OPEN, 100_000);
        Map.Entry<String, String> refused = refusedBySalesforce.entrySet().stream()
                .filter(entry -> letters.stream().anyMatch(letter ->
                        RecordRef.genesys(entry.getValue()).equals(letter.source())))
                // a copy: removing a TreeMap entry may reuse its node for the entry after it
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .findFirst().orElse(null);
        if (refused == null) {
            return false;
        }
        refusedBySalesforce.remove(refused.getKey());
        sync.apis.updateGenesysContact(refused.getValue(), c -> c.put("lastName", "Fixed"));
        fixedAtSource.put(refused.getValue(), refused.getKey());
        return true;
    }

    private void assertRefusalsClosedThemselves(List<JsonNode> salesforce) {
        assertThat(fixedAtSource).as("contacts refused, then fixed at the source").isNotEmpty();
        List<DeadLetter> letters = new ArrayList<>();
        for (DeadLetterStatus status : DeadLetterStatus.values()) {
            letters.addAll(sync.store().deadLetters().list(null, status, 100_000));
        }
        SoftAssertions softly = new SoftAssertions();
        for (String genesysId : fixedAtSource.keySet()) {
            softly.assertThat(letters).as("dead letters of the refused Genesys Cloud contact %s", genesysId)
                    .filteredOn(letter -> RecordRef.genesys(genesysId).equals(letter.source()))
                    .singleElement().satisfies(letter -> {
                        assertThat(letter.operation()).isEqualTo("CREATE");
                        assertThat(letter.status()).isEqualTo(DeadLetterStatus.RESOLVED);
                    });
            String email = fixedAtSource.get(genesysId);
            if (!deleted.get(Side.SALESFORCE).contains(email) && !deleted.get(Side.GENESYS).contains(email)) {
                softly.assertThat(salesforce).as("Salesforce contact of %s", genesysId)
                        .anyMatch(c -> c.path("External_Genesys_ID__c").asText("").equals(genesysId));
            }
        }
        softly.assertThat(letters).as("dead letters left open").noneMatch(l -> l.status() == DeadLetterStatus.OPEN);
        softly.assertThat(letters).as("replayed dead letters").noneMatch(l -> l.status() == DeadLetterStatus.REPLAYED);
        softly.assertThat(sync.store().refetches().all()).as("records left to retry").isEmpty();
        softly.assertAll();
    }

    private void delete(Side side, String email) {
        String id = idsByEmail.get(side).remove(email);
        emails.get(side).remove(email);
        sharedEmails.remove(email);
        if (side == Side.SALESFORCE) {
            sync.apis.deleteSalesforceContact(id);
        } else {
            sync.apis.deleteGenesysContact(id);
        }
        deleted.get(side).add(email);
    }

    /**
     * One cycle with up to two random faults queued on the systems, sometimes after a restart, and sometimes
     * with people editing while it writes.
     *
     * @return the number of the last operation made, counting the edits made during the cycle
     */
    private int cycleUnderFaults(int operation) {
        if (random.nextDouble() < 0.15) {
            sync.restart();
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            boolean salesforce = random.nextBoolean();
            Map<String, Object> fault = switch (random.nextInt(4)) {
                case 0 -> Map.of("kind", "status", "status", 429, "retryAfter", 1);
                case 1 -> Map.of("kind", "status", "status", 500);
                case 2 -> Map.of("kind", "drop");
                default -> Map.of("expireTokens", true);
            };
            Map<String, Object> scoped = new HashMap<>(fault);
            scoped.put("path", salesforce ? "/services/data/.*" : "/api/v2/.*");
            if (salesforce) {
                salesforceFault(scoped);
            } else {
                genesysFault(scoped);
            }
        }
        int lastOperation = random.nextDouble() < 0.3 ? cycleWithEditsWhileWriting(operation)
                : runCycleSurvivingFaults(sync::runCycle, operation);
        // faults the cycle did not meet must not hit the people's edits
        sync.apis.salesforceControl("DELETE", "/faults", null);
        sync.apis.genesysControl("DELETE", "/faults", null);
        return lastOperation;
    }

    /**
     * A cycle held up in a write by a latency fault while people edit contacts of both systems; a cycle with nothing
     * to write on that endpoint finishes without meeting the fault, and nobody edits during it.
     */
    private int cycleWithEditsWhileWriting(int operation) {
        boolean salesforce = random.nextBoolean();
        Map<String, Object> latency = Map.of("kind", "latency", "millis", 1500, "count", 1,
                "method", salesforce ? (random.nextBoolean() ? "POST" : "PATCH") : "POST",
                "path", salesforce ? "/services/data/.*/composite/sobjects" : "/api/v2/externalcontacts/bulk/.*");
        if (salesforce) {
            salesforceFault(latency);
        } else {
            genesysFault(latency);
        }
        CompletableFuture<Void> cycle = CompletableFuture.runAsync(sync::runCycle);
        await().atMost(Duration.ofSeconds(60)).until(() -> cycle.isDone() || queuedFaults(salesforce) == 0);
        int lastOperation = operation;
        if (!cycle.isDone()) {
            for (int i = 0; i < 3; i++) {
                lastOperation++;
                editAnyContact(random.nextBoolean() ? Side.SALESFORCE : Side.GENESYS,
                        FIELDS.get(random.nextInt(FIELDS.size())), lastOperation);
            }
            editsWhileWriting++;
        }
        return runCycleSurvivingFaults(cycle::join, lastOperation);
    }

    private static int runCycleSurvivingFaults(Runnable cycle, int lastOperation) {
        try {
            cycle.run();
        } catch (RuntimeException e) {
            // a cycle may fail under faults beyond its retries; the next ones must converge
        }
        return lastOperation;
    }

    /** The tier and the tags of every linked pair, each side in its own form, mean the same. */
    private static void assertCustomFieldsAgree(List<JsonNode> salesforce, List<JsonNode> genesys) {
        Map<String, JsonNode> genesysById = new HashMap<>();
        genesys.forEach(contact -> genesysById.put(contact.path("id").asText(), contact));
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (JsonNode contact : salesforce) {
            JsonNode counterpart = genesysById.get(contact.path("External_Genesys_ID__c").asText(""));
            if (counterpart == null) {
                continue;
            }
            JsonNode custom = counterpart.path("customFields");
            softly.assertThat(custom.path("customerTier_enum").asText("")).as("tier of %s", contact.path("Email"))
                    .isEqualTo(contact.path("Customer_Tier__c").asText("").toLowerCase(Locale.ROOT));
            List<String> tags = new ArrayList<>();
            custom.path("tags_tag").forEach(tag -> tags.add(tag.asText()));
            softly.assertThat(String.join(";", new TreeSet<>(tags))).as("tags of %s", contact.path("Email"))
                    .isEqualTo(contact.path("Genesys_Tags__c").asText(""));
            compared++;
        }
        softly.assertAll();
        assertThat(compared).as("linked pairs compared").isPositive();
    }

    private void assertNoDeletedContactBack(List<JsonNode> salesforce, List<JsonNode> genesys) {
        assertThat(SyncAssertions.emails(salesforce, "Email")).as("contacts deleted in Salesforce, back there")
                .doesNotContainAnyElementsOf(deleted.get(Side.SALESFORCE));
        assertThat(SyncAssertions.emails(genesys, "workEmail")).as("contacts deleted in Genesys Cloud, back there")
                .doesNotContainAnyElementsOf(deleted.get(Side.GENESYS));
    }

    private void assertNoEditVanished(List<JsonNode> salesforce) {
        List<Conflict> conflicts = new ArrayList<>();
        for (ConflictStatus status : ConflictStatus.values()) {
            conflicts.addAll(sync.store().conflicts().list(null, status, 1_000_000));
        }
        Set<String> recordedLosses = new HashSet<>();
        for (Conflict c : conflicts) {
            Side loser = c.details().winner().other();
            recordedLosses.add(lossKey(c.details().salesforceId(), c.details().field(), loser,
                    loser == Side.SALESFORCE ? c.details().salesforceValue() : c.details().genesysValue()));
        }
        Map<String, Edit> lastEdits = new HashMap<>();
        edits.forEach(e -> lastEdits.put(e.side() + " " + e.email() + " " + e.field(), e));
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (JsonNode contact : salesforce) {
            String email = lower(contact.path("Email").asText(""));
            if (contact.path("External_Genesys_ID__c").asText("").isEmpty() || deleted.get(Side.GENESYS).contains(email)) {
                continue;
            }
            for (String field : FIELDS) {
                String finalValue = contact.path(SALESFORCE_FIELDS.get(field)).asText("");
                for (Side side : Side.values()) {
                    Edit last = lastEdits.get(side + " " + email + " " + field);
                    if (last == null || last.value().equals(finalValue)) {
                        continue;
                    }
                    Edit other = lastEdits.get(side.other() + " " + email + " " + field);
                    boolean overtaken = other != null && other.operation() >= last.operation();
                    boolean recordedLoss = recordedLosses.contains(
                            lossKey(contact.path("Id").asText(), field, side, last.value()));
                    softly.assertThat(overtaken || recordedLoss).as("%s, the final %s of %s is '%s'", last, field,
                            email, finalValue).isTrue();
                    checked++;
                }
            }
        }
        softly.assertAll();
        assertThat(edits).as("edits made").isNotEmpty();
        assertThat(editsWhileWriting).as("cycles with edits made while they wrote").isPositive();
        System.out.printf("Convergence: %d operations, %d edits, %d deletes, %d conflicts recorded, %d edits not in"
                        + " the final value (all overtaken or recorded)%n", OPERATIONS, edits.size(),
                deleted.values().stream().mapToInt(Set::size).sum(), conflicts.size(), checked);
    }

    private List<String> writeCalls() {
        List<String> writes = new ArrayList<>();
        for (boolean salesforce : new boolean[]{true, false}) {
            sync.apis.stats(salesforce).keySet().stream()
                    .filter(k -> !k.startsWith("GET ") && !k.contains("oauth") && !k.endsWith("/bulk/contacts")
                            && !k.endsWith("/bulk/organizations"))
                    .forEach(writes::add);
        }
        return writes;
    }

    private static String lossKey(String salesforceId, String field, Side loser, String losingValue) {
        return salesforceId + " " + field + " " + loser + " " + losingValue;
    }

    private void readBothSides() {
        readCompanies();
        idsByEmail.put(Side.SALESFORCE, idsByEmail(sync.apis.salesforceContacts(), "Email", "Id"));
        idsByEmail.put(Side.GENESYS, idsByEmail(sync.apis.genesysContacts(), "workEmail", "id"));
        for (Side side : Side.values()) {
            emails.put(side, new ArrayList<>(new TreeSet<>(idsByEmail.get(side).keySet())));
        }
        sharedEmails.clear();
        sharedEmails.addAll(emails.get(Side.SALESFORCE));
        sharedEmails.retainAll(idsByEmail.get(Side.GENESYS).keySet());
    }

    private static Map<String, String> idsByEmail(List<JsonNode> contacts, String emailField, String idField) {
        Map<String, String> byEmail = new HashMap<>();
        contacts.forEach(c -> byEmail.put(lower(c.path(emailField).asText("")), c.path(idField).asText()));
        byEmail.remove("");
        return byEmail;
    }

    private static String lower(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
