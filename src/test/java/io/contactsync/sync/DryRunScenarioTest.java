package io.contactsync.sync;

import io.contactsync.testing.PlainHttp;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.Side;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dry run of an initial reconcile (contacts on both sides, some matching, some differing, two Salesforce contacts
 * sharing an email) reports what a cycle would do, writes nothing to either system or the store, and the cycle that
 * follows does what it said.
 */
class DryRunScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    AdminClient admin;

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.salesforceControl("POST", "/seed", Map.of("count", 12, "seed", 5, "sharedShare", 0.5,
                "differingShare", 0.5));
        sync.apis.genesysControl("POST", "/seed", Map.of("count", 12, "seed", 5, "sharedShare", 0.5,
                "differingShare", 0.5));
        sync.apis.createSalesforceContact(Map.of("LastName", "Twin", "Email", "twin@example.com"));
        sync.apis.createSalesforceContact(Map.of("LastName", "Twain", "Email", "twin@example.com"));
        admin = new AdminClient(sync.adminUrl());
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void previewsTheInitialReconcileWithoutWritingAndTheCycleThenDoesWhatItSaid() throws Exception {
        sync.apis.resetStats();

        AdminClient.Answer answer = admin.post("/api/sync/run?dryRun=true&limit=3", null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode preview = answer.body();
        JsonNode counts = preview.path("counts");
        assertThat(counts.path("createInSalesforce").asInt()).isPositive();
        assertThat(counts.path("createInGenesys").asInt()).isPositive();
        assertThat(counts.path("conflicts").asInt()).isPositive();
        assertThat(counts.path("reviews").asInt()).isEqualTo(1);
        assertThat(preview.path("pairs")).hasSize(3);
        assertThat(preview.path("pairCount").asInt()).isGreaterThan(3);
        assertThat(preview.path("reviews").get(0).path("salesforceIds")).hasSize(2);

        assertThat(sync.apis.stats(true).keySet()).noneMatch(k -> k.startsWith("POST /services/data/{version}/composite")
                || k.startsWith("PATCH") || k.startsWith("DELETE"));
        assertThat(sync.apis.stats(false).keySet()).noneMatch(k -> k.contains("/bulk/contacts/")
                || k.startsWith("PUT") || k.startsWith("DELETE"));
        assertThat(sync.store().links().count(CONTACT, LinkStatus.ACTIVE)).isZero();
        assertThat(sync.store().conflicts().count(CONTACT, ConflictStatus.OPEN)).isZero();
        assertThat(sync.store().reviews().count(CONTACT, ReviewStatus.OPEN)).isZero();
        assertThat(sync.store().deadLetters().count(CONTACT, DeadLetterStatus.OPEN)).isZero();
        assertThat(sync.store().runs().recent(5)).isEmpty();
        assertThat(sync.store().watermarks().get(CONTACT, Side.SALESFORCE)).isEmpty();

        JsonNode whole = admin.get("/api/sync/plans/" + preview.path("id").asText()).body();
        assertThat(whole.path("pairs")).hasSize(preview.path("pairCount").asInt());
        assertThat(whole.path("counts")).isEqualTo(counts);
        List<String> emailsToCreateInGenesys = new ArrayList<>();
        whole.path("pairs").forEach(pair -> {
            if (pair.path("action").asText().equals("CREATE_IN_GENESYS")) {
                emailsToCreateInGenesys.add(pair.path("genesys").path("fields").path("email").asText());
            }
        });
        assertThat(emailsToCreateInGenesys).hasSize(counts.path("createInGenesys").asInt()).doesNotContain("");
        HttpResponse<String> csv = PlainHttp.client().send(HttpRequest.newBuilder(URI.create(sync.adminUrl()
                + "/api/sync/plans/" + preview.path("id").asText() + ".csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("salesforceId,genesysId,action,side,operation,field,newValue");

        RunSummary run = sync.runCycle();

        assertThat(run.counts().createdInSalesforce()).isEqualTo(counts.path("createInSalesforce").asInt());
        assertThat(run.counts().createdInGenesys()).isEqualTo(counts.path("createInGenesys").asInt());
        assertThat(run.counts().updatedInSalesforce()).isEqualTo(counts.path("updateSalesforce").asInt());
        assertThat(run.counts().updatedInGenesys()).isEqualTo(counts.path("updateGenesys").asInt());
        assertThat(run.counts().conflicts()).isEqualTo(counts.path("conflicts").asInt());
        assertThat(run.counts().ambiguous()).isEqualTo(counts.path("reviews").asInt());
        assertThat(sync.apis.genesysContacts().stream().map(c -> c.path("workEmail").asText().toLowerCase(Locale.ROOT)))
                .containsAll(emailsToCreateInGenesys.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }

    @Test
    void aDryRunWhileACycleRunsIsRefusedLikeASecondCycle() {
        sync.apis.genesysControl("POST", "/faults", Map.of("kind", "latency", "millis", 3000,
                "path", "/api/v2/externalcontacts/scan/contacts", "count", 1));
        var cycle = java.util.concurrent.CompletableFuture.supplyAsync(sync::runCycle);
        org.awaitility.Awaitility.await().until(() -> sync.store().cycleLock().holder().isPresent());

        AdminClient.Answer refused = admin.post("/api/sync/run?dryRun=true", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(cycle.join().status()).isEqualTo("SUCCEEDED");
    }
}
