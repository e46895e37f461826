package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.sandbox.salesforce.SalesforceEmulator;
import io.contactsync.store.Conflict;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.ReviewItem;
import io.contactsync.store.ReviewKind;
import io.contactsync.store.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Edits on one or both sides of linked contacts, after an initial sync of a small seeded data set. */
class EditScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;
    JsonNode salesforce;
    String genesysId;

    @BeforeEach
    void syncASmallSeed() {
        sync = new SyncHarness(data, Map.of("SYNC_MAPPING_FILE", TwoWayTitle.mappingIn(data)));
        apis = sync.apis;
        Map<String, Object> seed = Map.of("count", 8, "seed", 3, "sharedShare", 1.0, "differingShare", 0.0);
        apis.salesforceControl("POST", "/seed", seed);
        apis.genesysControl("POST", "/seed", seed);
        sync.runUntilQuiet(3);
        salesforce = apis.salesforceContacts().get(0);
        genesysId = salesforce.path("External_Genesys_ID__c").asText();
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void anEditOnOneSideReachesTheOther() {
        apis.updateSalesforceContact(salesforce.path("Id").asText(), Map.of("Title", "Chief Listener"));

        RunSummary run = sync.runCycle();

        assertThat(run.counts().updatedInGenesys()).isEqualTo(1);
        assertThat(run.counts().updatedInSalesforce()).isZero();
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("Chief Listener");
        assertThat(apis.salesforceContact(salesforce.path("Id").asText()).path("Title").asText())
                .isEqualTo("Chief Listener");
    }

    @Test
    void theSyncsOwnWritesReadBackAreNotPairedAgainAndALaterEditStillSyncs() {
        String salesforceId = salesforce.path("Id").asText();
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "Chief Listener"));
        sync.runCycle();

        RunSummary echoes = sync.runCycle();
        apis.updateGenesysContact(genesysId, c -> c.put("title", "Head Listener"));
        RunSummary edit = sync.runCycle();

        // every contact was written by the sync within the poll overlap, so both polls return all of them
        assertThat(echoes.counts().unchanged()).as("pairs compared again after reading back the writes").isZero();
        assertThat(echoes.counts().updatedInGenesys() + echoes.counts().updatedInSalesforce()).isZero();
        assertThat(edit.counts().updatedInSalesforce()).isEqualTo(1);
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("Head Listener");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("Head Listener");
    }

    @Test
    void editsOfDifferentFieldsOnBothSidesBothSurvive() {
        apis.updateSalesforceContact(salesforce.path("Id").asText(), Map.of("Title", "Head of Buying"));
        apis.updateGenesysContact(genesysId, c -> c.set("cellPhone", phone("+1 317 555 0199")));

        RunSummary run = sync.runCycle();

        assertThat(run.counts().conflicts()).isZero();
        JsonNode genesys = apis.genesysContact(genesysId);
        JsonNode sf = apis.salesforceContact(salesforce.path("Id").asText());
        assertThat(genesys.path("title").asText()).isEqualTo("Head of Buying");
        assertThat(genesys.path("cellPhone").path("e164").asText()).isEqualTo("+13175550199");
        assertThat(sf.path("Title").asText()).isEqualTo("Head of Buying");
        assertThat(sf.path("MobilePhone").asText()).isEqualTo("+13175550199");
    }

    @Test
    void bothSidesEditingTheSameFieldIsSettledByItsPolicyAndAudited() {
        String salesforceId = salesforce.path("Id").asText();
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "Salesforce Title"));
        apis.updateGenesysContact(genesysId, c -> c.put("title", "Genesys Title"));

        RunSummary run = sync.runCycle();

        // title is Salesforce-owned (policies/sync-policies.yaml)
        assertThat(run.counts().conflicts()).isEqualTo(1);
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("Salesforce Title");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("Salesforce Title");
        List<Conflict> audit = sync.store().conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 10);
        assertThat(audit).singleElement().satisfies(conflict -> {
            assertThat(conflict.details().field()).isEqualTo("title");
            assertThat(conflict.details().salesforceValue()).isEqualTo("Salesforce Title");
            assertThat(conflict.details().genesysValue()).isEqualTo("Genesys Title");
            assertThat(conflict.details().policy()).isEqualTo("SALESFORCE");
            assertThat(conflict.details().winner()).isEqualTo(Side.SALESFORCE);
            assertThat(conflict.details().salesforceId()).isEqualTo(salesforceId);
            assertThat(conflict.details().genesysId()).isEqualTo(genesysId);
        });
    }

    @Test
    void sameFieldEditsWithinTheClockSkewToleranceGoToTheTieBreaker() {
        String salesforceId = salesforce.path("Id").asText();
        apis.updateSalesforceContact(salesforceId, Map.of("Phone", "+1 317 555 0101"));
        apis.updateGenesysContact(genesysId, c -> c.set("workPhone", phone("+1 317 555 0202")));

        sync.runCycle();

        // work phone is LAST_WRITE; two edits within 2 s are a tie, which Salesforce wins
        assertThat(apis.salesforceContact(salesforceId).path("Phone").asText()).isEqualTo("+1 317 555 0101");
        assertThat(apis.genesysContact(genesysId).path("workPhone").path("e164").asText()).isEqualTo("+13175550101");
        assertThat(sync.store().conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 10)).singleElement()
                .satisfies(c -> assertThat(c.details().genesysValue()).isEqualTo("+13175550202"));
    }

    @Test
    void duplicateEmailsOnOneSideGoToReviewAndAreNotSpread() {
        String email = "twin@example.com";
        String first = apis.createSalesforceContact(Map.of("LastName", "Twin", "FirstName", "One", "Email", email));
        String second = apis.createSalesforceContact(Map.of("LastName", "Twin", "FirstName", "Two", "Email", email));
        int genesysBefore = apis.genesysContacts().size();

        RunSummary run = sync.runCycle();

        assertThat(run.counts().ambiguous()).isEqualTo(1);
        assertThat(apis.genesysContacts()).hasSize(genesysBefore)
                .noneMatch(c -> email.equalsIgnoreCase(c.path("workEmail").asText()));
        List<ReviewItem> reviews = sync.store().reviews().list(null, ReviewStatus.OPEN, 10);
        assertThat(reviews).singleElement().satisfies(review -> {
            assertThat(review.kind()).isEqualTo(ReviewKind.DUPLICATE_EMAIL);
            assertThat(review.salesforceIds()).containsExactlyInAnyOrder(first, second);
        });
        assertThat(sync.runCycle().counts().createdInGenesys()).isZero();
        assertThat(sync.store().reviews().list(null, ReviewStatus.OPEN, 10)).hasSize(1);
    }

    @Test
    void aContactEditedBetweenPollAndWriteIsNotOverwritten() {
        String salesforceId = salesforce.path("Id").asText();
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "Polled Title"));
        apis.resetStats();
        // hold the freshness fetch on the Genesys side long enough for a user to edit the contact first
        apis.genesysControl("POST", "/faults", Map.of("kind", "latency", "millis", 1500, "method", "POST",
                "path", "/api/v2/externalcontacts/bulk/contacts", "count", 1));

        CompletableFuture<RunSummary> cycle = CompletableFuture.supplyAsync(sync::runCycle);
        await().atMost(10, TimeUnit.SECONDS).until(() -> apis.stats(false).keySet().stream()
                .anyMatch(k -> k.contains("/scan/contacts")));
        apis.updateGenesysContact(genesysId, c -> c.put("lastName", "Edited-During-Cycle"));
        RunSummary run = cycle.join();

        assertThat(run.counts().updatedInGenesys()).isZero();
        assertThat(apis.genesysContact(genesysId).path("lastName").asText()).isEqualTo("Edited-During-Cycle");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isNotEqualTo("Polled Title");

        sync.runUntilQuiet(3);

        JsonNode genesys = apis.genesysContact(genesysId);
        assertThat(genesys.path("title").asText()).isEqualTo("Polled Title");
        // last names are Salesforce-owned: a conflicting Genesys edit loses, and is audited
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("Polled Title");
    }

    @Test
    void changesByTheIntegrationUserCanBeLeftOutOfThePoll() {
        String integrationUser = ((SalesforceEmulator) sync.sandbox.salesforce()
                .emulator()).integrationUserId();
        sync.restartWith("SYNC_IGNORE_SALESFORCE_USER_ID", integrationUser);
        String salesforceId = salesforce.path("Id").asText();
        JsonNode other = apis.salesforceContacts().get(1);

        apis.asIntegrationUser().updateSalesforceContact(salesforceId, Map.of("Title", "Set by the integration user"));
        apis.updateSalesforceContact(other.path("Id").asText(), Map.of("Title", "Set by a person"));
        sync.runCycle();

        assertThat(apis.genesysContact(genesysId).path("title").asText()).isNotEqualTo("Set by the integration user");
        assertThat(apis.genesysContact(other.path("External_Genesys_ID__c").asText()).path("title").asText())
                .isEqualTo("Set by a person");
    }

    private static ObjectNode phone(String display) {
        return SandboxApis.JSON.createObjectNode().put("display", display);
    }
}
