package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactJson;
import io.contactsync.model.Side;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.ContactLink;
import io.contactsync.store.JournalAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolving a conflict over the admin API: the title is a MANUAL field, so both sides editing it leaves an OPEN
 * conflict; the operator's choice goes to both systems at once and the next cycle has nothing left to do.
 */
class ConflictApiScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;
    AdminClient admin;
    String salesforceId;
    String genesysId;
    long conflictId;

    @BeforeEach
    void openAManualConflict() throws Exception {
        Path policies = Files.writeString(data.resolve("policies.yaml"), "fieldPolicies: {title: MANUAL}\n");
        sync = new SyncHarness(data.resolve("db"), Map.of("SYNC_POLICIES_FILE", policies.toString(),
                "SYNC_MAPPING_FILE", TwoWayTitle.mappingIn(data)));
        apis = sync.apis;
        admin = new AdminClient(sync.adminUrl());
        salesforceId = apis.createSalesforceContact(Map.of("LastName", "Lovelace", "Email", "ada@example.com",
                "Title", "Countess"));
        sync.runUntilQuiet(3);
        genesysId = sync.store().links().findByRecordId(Side.SALESFORCE, salesforceId).orElseThrow().genesysId();
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "CEO"));
        apis.updateGenesysContact(genesysId, c -> c.put("title", "CTO"));

        RunSummary run = sync.runCycle();

        assertThat(run.counts().conflicts()).isEqualTo(1);
        JsonNode open = admin.get("/api/conflicts?status=open").body();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("field").asText()).isEqualTo("title");
        assertThat(open.get(0).path("policy").asText()).isEqualTo("MANUAL");
        assertThat(open.get(0).path("winner").isNull()).isTrue();
        assertThat(open.get(0).path("object").asText()).isEqualTo("CONTACT");
        assertThat(admin.get("/api/conflicts?object=contact&status=open").body()).hasSize(1);
        assertThat(admin.get("/api/conflicts?object=organization").body()).isEmpty();
        conflictId = open.get(0).path("id").asLong();
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void resolvingByWinnerWritesTheWinnersValueToBothSystemsAndSettlesTheField() {
        AdminClient.Answer answer = admin.post("/api/conflicts/" + conflictId + "/resolve",
                "{\"winner\":\"genesys\",\"by\":\"ops\",\"note\":\"agent knows best\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("applied").asText()).isEqualTo("immediately");
        JsonNode conflict = answer.body().path("conflict");
        assertThat(conflict.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(conflict.path("winner").asText()).isEqualTo("GENESYS");
        assertThat(conflict.path("chosenValue").asText()).isEqualTo("CTO");
        assertThat(conflict.path("resolvedBy").asText()).isEqualTo("ops");
        assertThat(conflict.path("resolutionNote").asText()).isEqualTo("agent knows best");
        assertThat(conflict.path("resolvedAt").isTextual()).isTrue();
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("CTO");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("CTO");
        Contact base = ContactJson.fromJson(link().baseSnapshot());
        assertThat(base.get(ContactField.TITLE)).isEqualTo("CTO");
        assertThat(base.unsettled()).isEmpty();
        assertThat(sync.store().journal().listByPair(link().pairId(), 10))
                .anySatisfy(entry -> {
                    assertThat(entry.write().side()).isEqualTo(Side.SALESFORCE);
                    assertThat(entry.write().action()).isEqualTo(JournalAction.UPDATE);
                    assertThat(entry.write().fieldsWritten()).containsExactly("title");
                });
        assertNextCycleIsQuiet();
    }

    @Test
    void resolvingByValueWritesTheOperatorsValueToBothSystems() {
        AdminClient.Answer answer = admin.post("/api/conflicts/" + conflictId + "/resolve",
                "{\"value\":\"Chief Scientist\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("conflict").path("winner").isNull()).isTrue();
        assertThat(answer.body().path("conflict").path("chosenValue").asText()).isEqualTo("Chief Scientist");
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("Chief Scientist");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("Chief Scientist");
        assertThat(admin.get("/api/conflicts/" + conflictId).body().path("status").asText()).isEqualTo("RESOLVED");
        assertNextCycleIsQuiet();

        AdminClient.Answer again = admin.post("/api/conflicts/" + conflictId + "/resolve", "{\"winner\":\"salesforce\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).contains("RESOLVED");
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("Chief Scientist");
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        String path = "/api/conflicts/" + conflictId + "/resolve";
        assertRefused(admin.post("/api/conflicts/424242/resolve", "{\"winner\":\"salesforce\"}"), 404, "no conflict");
        assertRefused(admin.get("/api/conflicts/424242"), 404, "no conflict");
        assertRefused(admin.get("/api/conflicts/abc"), 400, "must be a number");
        assertRefused(admin.post(path, "{\"winner\":"), 400, "malformed JSON");
        assertRefused(admin.post(path, "[1]"), 400, "JSON object");
        assertRefused(admin.post(path, "{\"winner\":\"nobody\"}"), 400, "winner must be");
        assertRefused(admin.post(path, "{\"winner\":\"salesforce\",\"value\":\"x\"}"), 400, "not both");
        assertRefused(admin.post(path, "{}"), 400, "not neither");
        assertRefused(admin.post(path, "{\"value\":\"x\",\"winer\":\"genesys\"}"), 400, "unknown member");
        assertRefused(admin.post(path, "{\"value\":\"" + "x".repeat(200) + "\"}"), 400, "cannot set title");
        assertRefused(admin.post(path, "{\"winner\":\"genesys\",\"by\":\"" + "b".repeat(129) + "\"}"), 400,
                "\"by\" is too long: at most 128 characters, not 129");
        assertRefused(admin.post(path, "{\"winner\":\"genesys\",\"note\":\"" + "n".repeat(2001) + "\"}"), 400,
                "\"note\" is too long");
        assertRefused(admin.post(path, "{\"value\":\"" + "x".repeat(1001) + "\"}"), 400, "\"value\" is too long");
        assertRefused(admin.get("/api/conflicts?status=closed"), 400, "status must be one of");
        assertRefused(admin.get("/api/conflicts?limit=many"), 400, "limit must be a number");
        assertRefused(admin.get("/api/conflicts?object=account"), 400, "object must be one of");

        assertUnchanged();
    }

    @Test
    void aRunningCycleIsA409AndChangesNothing() {
        String path = "/api/conflicts/" + conflictId + "/resolve";
        assertThat(sync.store().cycleLock().tryAcquire("a-cycle-elsewhere", Duration.ofMinutes(1))).isTrue();
        assertRefused(admin.post(path, "{\"winner\":\"genesys\"}"), 409, "cycle is running");
        sync.store().cycleLock().release("a-cycle-elsewhere");

        assertUnchanged();
        assertThat(admin.post(path, "{\"winner\":\"genesys\"}").status()).isEqualTo(200);
    }

    @Test
    void aRecordEditedAfterTheJobReadItIsA409AndTheEditIsKept() {
        String path = "/api/conflicts/" + conflictId + "/resolve";
        // the writer's freshness query, made after the job read the record, waits; meanwhile someone edits the title
        CompletableFuture<AdminClient.Answer> resolving = apis.whileHeld(Side.SALESFORCE, "GET",
                "/services/data/[^/]+/query/?", 4000, () -> admin.post(path, "{\"winner\":\"genesys\"}"));
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "CFO"));

        assertRefused(resolving.join(), 409, "changed since it was read");
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("CFO");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("CTO");
        assertThat(sync.store().conflicts().get(conflictId).orElseThrow().details().status()).isEqualTo(ConflictStatus.OPEN);
        assertThat(ContactJson.fromJson(link().baseSnapshot()).unsettled()).containsExactly(ContactField.TITLE);
        assertThat(sync.store().deadLetters().list(null, null, 10)).isEmpty();

        assertRefused(admin.post(path, "{\"winner\":\"genesys\"}"), 409, "changed since the conflict was recorded");
        sync.runCycle(); // records the newer edit in the conflict, which the operator then decides on
        assertThat(admin.get("/api/conflicts/" + conflictId).body().path("salesforceValue").asText()).isEqualTo("CFO");
        assertThat(admin.post(path, "{\"winner\":\"genesys\"}").status()).isEqualTo(200);
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("CTO");
    }

    @Test
    void aGenesysContactEditedAfterTheJobReadItIsNotOverwrittenAndSalesforceIsSetBack() {
        String path = "/api/conflicts/" + conflictId + "/resolve";
        // Salesforce is written first; the Genesys writer's freshness fetch waits while someone edits the title there
        CompletableFuture<AdminClient.Answer> resolving = apis.whileHeld(Side.GENESYS, "POST",
                "/api/v2/externalcontacts/bulk/contacts", 4000, () -> admin.post(path, "{\"value\":\"Chief Scientist\"}"));
        apis.updateGenesysContact(genesysId, c -> c.put("title", "VP"));

        assertRefused(resolving.join(), 409, "changed since it was read");
        assertThat(resolving.join().error()).contains("set back").contains("nothing was changed");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("VP");
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("CEO");
        assertThat(sync.store().conflicts().get(conflictId).orElseThrow().details().status()).isEqualTo(ConflictStatus.OPEN);
        assertThat(ContactJson.fromJson(link().baseSnapshot()).unsettled()).containsExactly(ContactField.TITLE);
        assertThat(sync.store().deadLetters().list(null, null, 10)).isEmpty();
    }

    @Test
    void aGenesysCloudRefusalAfterSalesforceWasWrittenSetsSalesforceBackAndChangesNothing() {
        apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 400, "method", "POST",
                "path", "/api/v2/externalcontacts/bulk/contacts/update", "count", 1));

        AdminClient.Answer answer = admin.post("/api/conflicts/" + conflictId + "/resolve",
                "{\"value\":\"Chief Scientist\",\"by\":\"ops\"}");

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(502);
        assertThat(answer.error()).contains("set back").contains("nothing was changed");
        assertUnchanged();
        assertThat(sync.store().journal().listByPair(link().pairId(), 10))
                .noneSatisfy(entry -> assertThat(entry.write().runId()).as("an operator's write").isNull());
        assertThat(admin.post("/api/conflicts/" + conflictId + "/resolve", "{\"value\":\"Chief Scientist\"}").status())
                .isEqualTo(200);
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("Chief Scientist");
    }

    @Test
    void aManualConflictFoundAgainIsUpdatedNotRecordedAgain() {
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "CFO"));

        assertThat(sync.runCycle().counts().conflicts()).as("a conflict found again is not a new one").isZero();
        sync.runCycle();

        JsonNode conflicts = admin.get("/api/conflicts").body();
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).path("id").asLong()).isEqualTo(conflictId);
        assertThat(conflicts.get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(conflicts.get(0).path("salesforceValue").asText()).isEqualTo("CFO");
        assertThat(conflicts.get(0).path("genesysValue").asText()).isEqualTo("CTO");
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("CFO");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("CTO");
    }

    @Test
    void anOpenConflictClosesItselfWhenBothSystemsAgree() {
        apis.updateGenesysContact(genesysId, c -> c.put("title", "CEO"));

        sync.runCycle();

        assertThat(admin.get("/api/conflicts/" + conflictId).body().path("status").asText()).isEqualTo("AGREED");
        assertThat(admin.get("/api/conflicts?status=open").body()).isEmpty();
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("CEO");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("CEO");
        assertRefused(admin.post("/api/conflicts/" + conflictId + "/resolve", "{\"winner\":\"genesys\"}"), 409,
                "AGREED");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("CEO");
    }

    @Test
    void anEditMadeAfterTheConflictWasRecordedIsA409AndNothingIsWritten() {
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "CFO"));

        assertRefused(admin.post("/api/conflicts/" + conflictId + "/resolve", "{\"winner\":\"genesys\"}"), 409,
                "changed since the conflict was recorded");

        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("CFO");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("CTO");
        assertThat(sync.store().conflicts().get(conflictId).orElseThrow().details().status()).isEqualTo(ConflictStatus.OPEN);
        assertThat(sync.store().journal().listByPair(link().pairId(), 10))
                .noneSatisfy(entry -> assertThat(entry.write().runId()).as("an operator's write").isNull());
    }

    @Test
    void aNullValueIsRefusedAndClearingIsExplicit() {
        String path = "/api/conflicts/" + conflictId + "/resolve";
        assertRefused(admin.post(path, "{\"value\":null}"), 400, "{\"clear\":true}");
        assertRefused(admin.post(path, "{\"clear\":false}"), 400, "\"clear\" must be true");
        assertRefused(admin.post(path, "{\"clear\":true,\"winner\":\"genesys\"}"), 400, "not both");
        assertUnchanged();

        AdminClient.Answer answer = admin.post(path, "{\"clear\":true,\"by\":\"ops\"}");

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("conflict").path("status").asText()).isEqualTo("RESOLVED");
        assertThat(answer.body().path("conflict").path("chosenValue").isNull()).isTrue();
        assertThat(apis.salesforceContact(salesforceId).path("Title").isNull()).isTrue();
        assertThat(apis.genesysContact(genesysId).path("title").isMissingNode()
                || apis.genesysContact(genesysId).path("title").isNull()).isTrue();
        assertNextCycleIsQuiet();
    }

    @Test
    void anOperatorOverridesAnAutoResolvedConflictOnBothSystems() {
        // the MANUAL title is settled first, so that afterwards the next cycle has nothing left to decide
        assertThat(admin.post("/api/conflicts/" + conflictId + "/resolve", "{\"winner\":\"genesys\"}").status())
                .isEqualTo(200);
        apis.updateSalesforceContact(salesforceId, Map.of("FirstName", "Augusta"));
        apis.updateGenesysContact(genesysId, c -> c.put("firstName", "Ada"));
        sync.runCycle();
        JsonNode auto = admin.get("/api/conflicts?status=auto_resolved").body();
        assertThat(auto).hasSize(1);
        long autoId = auto.get(0).path("id").asLong();
        String policyValue = auto.get(0).path("chosenValue").asText();
        String salesforceValue = auto.get(0).path("salesforceValue").asText();
        String genesysValue = auto.get(0).path("genesysValue").asText();
        String overridingWinner = policyValue.equals(salesforceValue) ? "genesys" : "salesforce";
        String overridingValue = policyValue.equals(salesforceValue) ? genesysValue : salesforceValue;

        AdminClient.Answer answer = admin.post("/api/conflicts/" + autoId + "/resolve",
                "{\"winner\":\"" + overridingWinner + "\",\"by\":\"ops\"}");

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        JsonNode conflict = answer.body().path("conflict");
        assertThat(conflict.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(conflict.path("chosenValue").asText()).isEqualTo(overridingValue);
        assertThat(conflict.path("overriddenValue").asText()).isEqualTo(policyValue);
        assertThat(conflict.path("overriddenWinner").asText()).isNotEqualTo(overridingWinner.toUpperCase());
        assertThat(apis.salesforceContact(salesforceId).path("FirstName").asText()).isEqualTo(overridingValue);
        assertThat(apis.genesysContact(genesysId).path("firstName").asText()).isEqualTo(overridingValue);
        assertThat(sync.store().journal().listByPair(link().pairId(), 20))
                .anySatisfy(entry -> {
                    assertThat(entry.write().runId()).as("the operator's write, not the cycle's").isNull();
                    assertThat(entry.write().fieldsWritten()).containsExactly("firstName");
                    assertThat(entry.write().afterJson()).contains(overridingValue);
                });
        assertNextCycleIsQuiet();
    }

    @Test
    void listsConflictsNewestFirstFilteredByStatus() {
        assertThat(admin.get("/api/conflicts").body()).hasSize(1);
        assertThat(admin.get("/api/conflicts?status=AUTO_RESOLVED").body()).isEmpty();
        admin.post("/api/conflicts/" + conflictId + "/resolve", "{\"winner\":\"salesforce\"}");
        assertThat(admin.get("/api/conflicts?status=resolved&limit=1").body()).hasSize(1);
        assertThat(admin.get("/api/conflicts?status=open").body()).isEmpty();
    }

    private void assertNextCycleIsQuiet() {
        apis.resetStats();
        RunSummary next = sync.runCycle();
        assertThat(next.counts().updatedInSalesforce() + next.counts().updatedInGenesys()).isZero();
        assertThat(next.counts().conflicts()).isZero();
        assertThat(sync.store().conflicts().count(CONTACT, ConflictStatus.OPEN)).isZero();
        assertThat(apis.stats(true)).doesNotContainKeys("PATCH /services/data/{version}/composite/sobjects");
        assertThat(apis.stats(false)).doesNotContainKeys("POST /api/v2/externalcontacts/bulk/contacts/update");
    }

    private void assertUnchanged() {
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("CEO");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("CTO");
        assertThat(sync.store().conflicts().get(conflictId).orElseThrow().details().status()).isEqualTo(ConflictStatus.OPEN);
        assertThat(ContactJson.fromJson(link().baseSnapshot()).unsettled()).containsExactly(ContactField.TITLE);
    }

    private ContactLink link() {
        return sync.store().links().findByRecordId(Side.SALESFORCE, salesforceId).orElseThrow();
    }

    static void assertRefused(AdminClient.Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.error()).contains(message);
    }
}
