package io.contactsync.sync;

import io.contactsync.testing.PlainHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The admin API over HTTP: run a cycle, read the run history, refuse a second cycle while one runs. */
class AdminApiScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    final HttpClient http = PlainHttp.client();

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.seedBothSides(6, 1);
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void runsACycleAndReportsItInTheHistory() throws Exception {
        HttpResponse<String> run = call("POST", "/api/sync/run");

        assertThat(run.statusCode()).isEqualTo(200);
        JsonNode summary = SandboxApis.JSON.readTree(run.body());
        assertThat(summary.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(summary.path("trigger").asText()).isEqualTo("API");
        assertThat(summary.path("counts").path("createdInGenesys").asInt()
                + summary.path("counts").path("createdInSalesforce").asInt()).isPositive();
        assertThat(sync.apis.salesforceContacts()).hasSameSizeAs(sync.apis.genesysContacts());

        long runId = summary.path("runId").asLong();
        JsonNode again = SandboxApis.JSON.readTree(call("GET", "/api/runs/" + runId).body());
        assertThat(again).isEqualTo(summary);
        JsonNode history = SandboxApis.JSON.readTree(call("GET", "/api/runs?limit=5").body());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("runId").asLong()).isEqualTo(runId);
    }

    @Test
    void theStatusCountsTheLinkedPairsOfEachObject() throws Exception {
        String initech = sync.apis.createSalesforceAccount(Map.of("Name", "Initech"));
        sync.apis.createSalesforceContact(Map.of("LastName", "Gibbons", "Email", "peter@initech.example",
                "AccountId", initech));
        assertThat(call("POST", "/api/sync/run").statusCode()).isEqualTo(200);

        HttpResponse<String> status = call("GET", "/api/sync/status");

        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode linked = SandboxApis.JSON.readTree(status.body()).path("linked");
        // every contact and the one Account are now on both sides, each pair linked
        assertThat(sync.apis.genesysContacts()).hasSameSizeAs(sync.apis.salesforceContacts());
        assertThat(linked.path("contact").asInt()).isEqualTo(sync.apis.salesforceContacts().size());
        assertThat(sync.apis.genesysOrganizations()).hasSize(1);
        assertThat(linked.path("organization").asInt()).isEqualTo(1);
    }

    @Test
    void unknownAndMalformedRunIdsAreClearErrors() throws Exception {
        HttpResponse<String> missing = call("GET", "/api/runs/424242");
        HttpResponse<String> malformed = call("GET", "/api/runs/abc");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(SandboxApis.JSON.readTree(missing.body()).path("error").asText()).contains("no run 424242");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(SandboxApis.JSON.readTree(malformed.body()).path("error").asText()).contains("must be a number");
    }

    @Test
    void aSecondRunWhileOneIsRunningIsRefusedWith409() throws Exception {
        sync.apis.genesysControl("POST", "/faults", Map.of("kind", "latency", "millis", 2000,
                "path", "/api/v2/externalcontacts/scan/contacts", "count", 1));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return call("POST", "/api/sync/run");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> sync.store().cycleLock().holder().isPresent());

        HttpResponse<String> second = call("POST", "/api/sync/run");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(SandboxApis.JSON.readTree(second.body()).path("error").asText()).contains("already running");
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> call(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sync.adminUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
