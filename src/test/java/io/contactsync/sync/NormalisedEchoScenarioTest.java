package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.MappedObject;
import io.contactsync.store.ConflictStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Genesys Cloud stores a value the sync wrote in its own normalised form (here a phone extension too long for its
 * {@code extension}, which it drops): reading that back is not a Genesys Cloud edit, so it never overwrites the
 * Salesforce original, while other edits keep syncing and a real edit of the field in Genesys Cloud later still
 * reaches Salesforce.
 */
class NormalisedEchoScenarioTest {

    private static final String TYPED_IN_SALESFORCE = "+13175550100 ext 12345678901234567890";

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void aNumberGenesysStoresWithoutItsOverLongExtensionDoesNotOverwriteTheSalesforceOriginal() {
        start(Map.of());
        String salesforceId = apis.createSalesforceContact(Map.of("FirstName", "Ada", "LastName", "Lovelace",
                "Email", "ada.lovelace@example.com", "MobilePhone", TYPED_IN_SALESFORCE));

        RunSummary created = sync.runCycle();
        RunSummary readBack = sync.runUntilQuiet(3);

        String genesysId = apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText();
        JsonNode genesysPhone = apis.genesysContact(genesysId).path("cellPhone");
        assertThat(created.counts().createdInGenesys()).isEqualTo(1);
        assertThat(genesysPhone.path("e164").asText()).as("Genesys Cloud's normalised number").isEqualTo("+13175550100");
        assertThat(genesysPhone.has("extension")).as("Genesys Cloud keeps no over-long extension").isFalse();
        assertThat(apis.salesforceContact(salesforceId).path("MobilePhone").asText()).as("the Salesforce original")
                .isEqualTo(TYPED_IN_SALESFORCE);
        assertThat(readBack.counts().updatedInSalesforce()).isZero();
        assertThat(sync.store().conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 10)).as("conflicts recorded")
                .isEmpty();
        assertThat(sync.store().conflicts().list(null, ConflictStatus.OPEN, 10)).as("conflicts open").isEmpty();

        apis.updateSalesforceContact(salesforceId, Map.of("Title", "Analyst"));
        RunSummary otherField = sync.runCycle();

        assertThat(otherField.counts().updatedInGenesys()).isEqualTo(1);
        assertThat(otherField.counts().updatedInSalesforce()).isZero();
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("Analyst");
        assertThat(apis.genesysContact(genesysId).path("cellPhone").path("e164").asText()).isEqualTo("+13175550100");
        assertThat(apis.salesforceContact(salesforceId).path("MobilePhone").asText()).isEqualTo(TYPED_IN_SALESFORCE);

        apis.updateGenesysContact(genesysId, c -> c.set("cellPhone",
                SandboxApis.JSON.createObjectNode().put("display", "+1 317 555 0199")));
        RunSummary edited = sync.runCycle();

        assertThat(edited.counts().updatedInSalesforce()).isEqualTo(1);
        assertThat(apis.salesforceContact(salesforceId).path("MobilePhone").asText()).isEqualTo("+13175550199");
        assertThat(apis.genesysContact(genesysId).path("cellPhone").path("e164").asText()).isEqualTo("+13175550199");
        assertThat(sync.store().conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 10)).as("conflicts recorded")
                .isEmpty();
    }

    @Test
    void anOperatorsChoiceGenesysStoresInItsOwnFormDoesNotComeBackAsAGenesysEdit() throws Exception {
        Path policies = Files.writeString(data.resolve("policies.yaml"), "fieldPolicies: {mobilePhone: GENESYS}\n");
        start(Map.of("SYNC_POLICIES_FILE", policies.toString()));
        AdminClient admin = new AdminClient(sync.adminUrl());
        String salesforceId = syncedThenGivenTheLongNumberInSalesforce();
        String genesysId = apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText();
        apis.updateGenesysContact(genesysId, c -> c.set("cellPhone",
                SandboxApis.JSON.createObjectNode().put("display", "+1 317 555 0199")));
        sync.runCycle();
        JsonNode auto = admin.get("/api/conflicts?status=auto_resolved").body();
        assertThat(auto).hasSize(1);
        assertThat(auto.get(0).path("winner").asText()).isEqualTo("GENESYS");

        AdminClient.Answer answer = admin.post("/api/conflicts/" + auto.get(0).path("id").asLong() + "/resolve",
                "{\"winner\":\"salesforce\"}");
        RunSummary next = sync.runCycle();

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertQuietAndBothKeepTheirForm(next, salesforceId, genesysId, "+13175550100;ext=12345678901234567890");
    }

    @Test
    void aReplayedWriteGenesysStoresInItsOwnFormDoesNotComeBackAsAGenesysEdit() {
        start(Map.of());
        AdminClient admin = new AdminClient(sync.adminUrl());
        String salesforceId = syncedThenGivenTheLongNumberInSalesforce();
        String genesysId = apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText();
        apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 400, "method", "POST",
                "path", "/api/v2/externalcontacts/bulk/contacts/update", "count", 1));
        assertThat(sync.runCycle().counts().deadLettered()).isEqualTo(1);
        long deadLetter = admin.get("/api/dead-letters?status=open").body().get(0).path("id").asLong();

        AdminClient.Answer answer = admin.post("/api/dead-letters/" + deadLetter + "/replay", null);
        RunSummary next = sync.runCycle();

        assertThat(answer.body().path("outcome").asText()).as(answer.body().toString()).isEqualTo("REPLAYED");
        assertQuietAndBothKeepTheirForm(next, salesforceId, genesysId, TYPED_IN_SALESFORCE);
    }

    /** A contact synced to Genesys Cloud, then given the number with the over-long extension in Salesforce. */
    private String syncedThenGivenTheLongNumberInSalesforce() {
        String salesforceId = apis.createSalesforceContact(Map.of("LastName", "Lovelace",
                "Email", "ada.lovelace@example.com"));
        sync.runUntilQuiet(3);
        apis.updateSalesforceContact(salesforceId, Map.of("MobilePhone", TYPED_IN_SALESFORCE));
        return salesforceId;
    }

    /** The next cycle writes nothing: Genesys Cloud keeps its form of the number, Salesforce the value it holds. */
    private void assertQuietAndBothKeepTheirForm(RunSummary next, String salesforceId, String genesysId,
                                                 String salesforceValue) {
        assertThat(apis.genesysContact(genesysId).path("cellPhone").path("e164").asText()).isEqualTo("+13175550100");
        assertThat(apis.salesforceContact(salesforceId).path("MobilePhone").asText()).isEqualTo(salesforceValue);
        assertThat(next.counts().updatedInSalesforce() + next.counts().updatedInGenesys()).isZero();
        assertThat(next.counts().conflicts()).isZero();
    }

    private void start(Map<String, String> environment) {
        sync = new SyncHarness(data.resolve("db"), environment);
        apis = sync.apis;
    }
}
