package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.Side;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.NewDeadLetter;
import io.contactsync.store.RecordRef;
import io.contactsync.store.RefetchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.contactsync.model.MappedObject.CONTACT;
import static io.contactsync.sync.ConflictApiScenarioTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead letters over the admin API: a create Genesys Cloud refused (a 400, not retried) replayed once the cause is
 * gone, a discard, an unreadable record read again, and the links lookup.
 */
class DeadLetterApiScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;
    AdminClient admin;
    String salesforceId;
    long deadLetterId;

    @BeforeEach
    void deadLetterACreate() {
        sync = new SyncHarness(data);
        apis = sync.apis;
        admin = new AdminClient(sync.adminUrl());
        salesforceId = apis.createSalesforceContact(Map.of("LastName", "Hopper", "Email", "grace@example.com"));
        apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 400, "method", "POST",
                "path", "/api/v2/externalcontacts/bulk/contacts/add", "count", 1));

        assertThat(sync.runCycle().counts().deadLettered()).isEqualTo(1);

        JsonNode open = admin.get("/api/dead-letters?status=open").body();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("side").asText()).isEqualTo("GENESYS");
        assertThat(open.get(0).path("operation").asText()).isEqualTo("CREATE");
        assertThat(open.get(0).path("replayable").asBoolean()).isTrue();
        assertThat(open.get(0).path("object").asText()).isEqualTo("CONTACT");
        assertThat(admin.get("/api/dead-letters?object=Contact&status=open").body()).hasSize(1);
        assertThat(admin.get("/api/dead-letters?object=organization").body()).isEmpty();
        deadLetterId = open.get(0).path("id").asLong();
        assertThat(apis.genesysContacts()).isEmpty();
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void replayingTheCreateWritesItNowAndLinksItSoTheNextCycleCreatesNoDuplicate() {
        AdminClient.Answer answer = admin.post("/api/dead-letters/" + deadLetterId + "/replay", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("REPLAYED");
        assertThat(answer.body().path("error").isNull()).isTrue();
        assertThat(answer.body().path("deadLetter").path("status").asText()).isEqualTo("REPLAYED");
        assertThat(apis.genesysContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.path("lastName").asText()).isEqualTo("Hopper");
            assertThat(contact.path("externalSystemUrl").asText()).endsWith(salesforceId + "/view");
        });
        // the follow-up the create made necessary is written at once, as a cycle's would be within its cycle
        assertThat(apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText())
                .isEqualTo(apis.genesysContacts().get(0).path("id").asText());
        assertThat(admin.get("/api/dead-letters?status=open").body()).isEmpty();
        JsonNode links = admin.get("/api/links?salesforceId=" + salesforceId).body();
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.path("object").asText()).isEqualTo("CONTACT");
            assertThat(link.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(link.path("base").path("lastName").asText()).isEqualTo("Hopper");
            assertThat(link.path("genesysId").asText()).isEqualTo(apis.genesysContacts().get(0).path("id").asText());
        });
        assertThat(admin.get("/api/links?email=GRACE@example.com").body()).hasSize(1);
        assertThat(admin.get("/api/links?email=GRACE@example.com&object=organization").body()).isEmpty();

        sync.runUntilQuiet(3);

        assertThat(apis.genesysContacts()).hasSize(1);
        assertRefused(admin.post("/api/dead-letters/" + deadLetterId + "/replay", null), 409, "already REPLAYED");
    }

    @Test
    void aReplayedUpdateWritesTheValuesWhileTheTargetIsAsTheFailedWriteFoundIt() {
        long update = deadLetterATitleUpdateOfGenesys();

        AdminClient.Answer answer = admin.post("/api/dead-letters/" + update + "/replay", null);

        assertThat(answer.body().path("outcome").asText()).as(answer.body().toString()).isEqualTo("REPLAYED");
        assertThat(apis.genesysContact(genesysIdOf(salesforceId)).path("title").asText()).isEqualTo("Admiral");
    }

    @Test
    void aReplayedUpdateIsNotMadeOverAnEditMadeSinceTheWriteFailed() {
        long update = deadLetterATitleUpdateOfGenesys();
        String genesysId = genesysIdOf(salesforceId);
        apis.updateGenesysContact(genesysId, c -> c.put("title", "Rear Admiral"));

        AdminClient.Answer answer = admin.post("/api/dead-letters/" + update + "/replay", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("FAILED");
        assertThat(answer.body().path("error").asText()).contains("not replayed").contains("changed");
        assertThat(answer.body().path("deadLetter").path("status").asText()).isEqualTo("OPEN");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("Rear Admiral");
    }

    @Test
    void aReplayedUpdateClearsAFieldClearedAtTheSource() {
        long setTitle = deadLetterATitleUpdateOfGenesys();
        assertThat(admin.post("/api/dead-letters/" + setTitle + "/replay", null).body().path("outcome").asText())
                .isEqualTo("REPLAYED");
        sync.runUntilQuiet(3);
        long clearTitle = failedTitleUpdateOfGenesys(null);

        AdminClient.Answer answer = admin.post("/api/dead-letters/" + clearTitle + "/replay", null);

        assertThat(answer.body().path("outcome").asText()).as(answer.body().toString()).isEqualTo("REPLAYED");
        assertThat(answer.body().path("deadLetter").path("payload").asText()).contains("\"title\":null");
        assertThat(apis.genesysContact(genesysIdOf(salesforceId)).path("title").asText()).isEmpty();
        assertThat(apis.salesforceContact(salesforceId).path("Title").isNull()).as("Salesforce title cleared").isTrue();
    }

    /** The Genesys update a Salesforce title edit makes, refused once by Genesys Cloud: its dead letter's id. */
    private long deadLetterATitleUpdateOfGenesys() {
        assertThat(admin.post("/api/dead-letters/" + deadLetterId + "/replay", null).body().path("outcome").asText())
                .isEqualTo("REPLAYED");
        sync.runUntilQuiet(3);
        return failedTitleUpdateOfGenesys("Admiral");
    }

    /** Sets the linked Salesforce contact's title (null: clears it); Genesys Cloud refuses the update once. */
    private long failedTitleUpdateOfGenesys(String title) {
        Map<String, String> change = new HashMap<>();
        change.put("Title", title);
        apis.updateSalesforceContact(salesforceId, change);
        apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 400, "method", "POST",
                "path", "/api/v2/externalcontacts/bulk/contacts/update", "count", 1));
        assertThat(sync.runCycle().counts().deadLettered()).isEqualTo(1);
        JsonNode open = admin.get("/api/dead-letters?status=open").body();
        assertThat(open).singleElement().satisfies(letter -> {
            assertThat(letter.path("operation").asText()).isEqualTo("UPDATE");
            assertThat(letter.path("payload").asText()).contains("\"expected\"");
        });
        return open.get(0).path("id").asLong();
    }

    private String genesysIdOf(String salesforceId) {
        return sync.store().links().findByRecordId(Side.SALESFORCE, salesforceId).orElseThrow().genesysId();
    }

    @Test
    void aDiscardedDeadLetterIsClosedAndCannotBeReplayed() {
        AdminClient.Answer answer = admin.post("/api/dead-letters/" + deadLetterId + "/discard", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("deadLetter").path("status").asText()).isEqualTo("DISCARDED");
        assertThat(admin.get("/api/dead-letters?status=DISCARDED").body()).hasSize(1);
        assertRefused(admin.post("/api/dead-letters/" + deadLetterId + "/discard", null), 409, "already DISCARDED");
        assertRefused(admin.post("/api/dead-letters/" + deadLetterId + "/replay", null), 409, "already DISCARDED");
        assertThat(apis.genesysContacts()).isEmpty();
    }

    @Test
    void aReplayThatFailsAgainCountsTheAttemptAndStaysOpen() {
        apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 400, "method", "POST",
                "path", "/api/v2/externalcontacts/bulk/contacts/add", "count", 1));

        AdminClient.Answer answer = admin.post("/api/dead-letters/" + deadLetterId + "/replay", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("FAILED");
        assertThat(answer.body().path("error").asText()).contains("400");
        assertThat(answer.body().path("deadLetter").path("status").asText()).isEqualTo("OPEN");
        assertThat(answer.body().path("deadLetter").path("attempts").asInt()).isEqualTo(2);
        assertThat(apis.genesysContacts()).isEmpty();
    }

    @Test
    void anUnreadableRecordIsReadAgainAndSyncedByTheNextCycleWhateverTheWatermark() {
        // as if the poll had read it and failed: it is dead-lettered, and the watermark moved past it
        String unread = apis.createSalesforceContact(Map.of("LastName", "Turing", "Email", "alan@example.com"));
        sync.store().watermarks().advance(CONTACT, Side.SALESFORCE, Instant.now().plus(Duration.ofHours(1)), null);
        long readLetter = sync.store().deadLetters().add(new NewDeadLetter(CONTACT, null, Side.SALESFORCE, unread,
                "READ", "{\"Id\":\"" + unread + "\"}", "no SystemModstamp", false, null)).id();
        long unknownRecord = sync.store().deadLetters().add(new NewDeadLetter(CONTACT, null, Side.GENESYS, "(unknown)",
                "READ", "[1]", "not an object", false, null)).id();

        AdminClient.Answer answer = admin.post("/api/dead-letters/" + readLetter + "/replay", null);
        AdminClient.Answer unknown = admin.post("/api/dead-letters/" + unknownRecord + "/replay", null);

        assertThat(answer.body().path("outcome").asText()).isEqualTo("REPLAYED");
        assertThat(unknown.body().path("outcome").asText()).isEqualTo("FAILED");
        assertThat(unknown.body().path("error").asText()).contains("id is unknown");
        assertThat(sync.store().deadLetters().get(unknownRecord).orElseThrow().status()).isEqualTo(DeadLetterStatus.OPEN);

        sync.runCycle();

        assertThat(apis.genesysContacts()).filteredOn(c -> c.path("lastName").asText().equals("Turing")).hasSize(1);
        assertThat(sync.store().links().findByRecordId(Side.SALESFORCE, unread)).isPresent();
        assertThat(sync.store().refetches().all()).extracting(RefetchRequest::record)
                .doesNotContain(RecordRef.salesforce(unread));
    }

    @Test
    void badRequestsAreRefused() {
        assertRefused(admin.post("/api/dead-letters/424242/replay", null), 404, "no dead letter");
        assertRefused(admin.post("/api/dead-letters/424242/discard", null), 404, "no dead letter");
        assertRefused(admin.post("/api/dead-letters/one/replay", null), 400, "must be a number");
        assertRefused(admin.get("/api/dead-letters?status=lost"), 400, "status must be one of");
        assertRefused(admin.get("/api/dead-letters?limit=0"), 400, "at least 1");
        assertRefused(admin.get("/api/dead-letters?object=lead"), 400, "object must be one of");
        assertRefused(admin.get("/api/links?genesysId=nobody&object=lead"), 400, "object must be one of");
        assertRefused(admin.get("/api/links"), 400, "exactly one");
        assertRefused(admin.get("/api/links?salesforceId=a&genesysId=b"), 400, "exactly one");
        assertThat(admin.get("/api/links?genesysId=nobody").body()).isEmpty();
        assertThat(sync.store().deadLetters().get(deadLetterId).orElseThrow().status()).isEqualTo(DeadLetterStatus.OPEN);
    }
}
