package io.contactsync.sync;

import io.contactsync.testing.PlainHttp;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.Side;
import io.contactsync.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/sync/run} runs its cycle off the web threads: a cycle longer than {@code sync.api.run-wait} (2 s
 * here) answers 202 with a Location to poll, and a stop while the caller waits answers 503 with a JSON reason.
 */
class ApiRunScenarioTest {

    private static final String SCAN = "/api/v2/externalcontacts/scan/contacts";

    @TempDir
    Path data;
    SyncHarness sync;
    final HttpClient http = PlainHttp.client();

    @BeforeEach
    void start() {
        sync = new SyncHarness(data, SandboxSettings.onFreePorts(), Map.of(), Map.of("sync.api.run-wait", "PT2S"));
        sync.apis.seedBothSides(6, 3);
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void aCycleLongerThanTheWaitAnswers202WithTheRunToPollUntilItEnds() throws Exception {
        HttpResponse<String> started = sync.apis.whileHeld(Side.GENESYS, "GET", SCAN, 5000,
                () -> call("POST", "/api/sync/run")).get(30, TimeUnit.SECONDS);

        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode soFar = SandboxApis.JSON.readTree(started.body());
        assertThat(location).isEqualTo("/api/runs/" + soFar.path("runId").asLong());
        assertThat(soFar.path("status").asText()).isEqualTo("RUNNING");
        assertThat(soFar.path("trigger").asText()).isEqualTo("API");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                SandboxApis.JSON.readTree(call("GET", location).body()).path("status").asText()).isEqualTo("SUCCEEDED"));
        SyncAssertions.assertConverged(sync.apis);
    }

    @Test
    void aCycleWithinTheWaitAnswers200WithItsSummary() throws Exception {
        HttpResponse<String> run = call("POST", "/api/sync/run");

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.headers().firstValue("Location")).isEmpty();
        assertThat(SandboxApis.JSON.readTree(run.body()).path("status").asText()).isEqualTo("SUCCEEDED");
        SyncAssertions.assertConverged(sync.apis);
    }

    @Test
    void aStopWhileTheCallerWaitsAnswersItWith503AndAReason() throws Exception {
        // a caller who waits longer than the stop takes
        try (SyncHarness waiting = new SyncHarness(data.resolve("long-wait"), SandboxSettings.onFreePorts(), Map.of(),
                Map.of("sync.api.run-wait", "PT60S"))) {
            waiting.apis.seedBothSides(6, 3);
            CompletableFuture<HttpResponse<String>> caller = waiting.apis.whileHeld(Side.GENESYS, "GET", SCAN, 5000,
                    () -> call(waiting.adminUrl(), "POST", "/api/sync/run"));

            waiting.restart();

            HttpResponse<String> answer = caller.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            assertThat(SandboxApis.JSON.readTree(answer.body()).path("error").asText()).contains("stopping");
            assertThat(waiting.runCycle().status()).as("the restarted sync runs on").isEqualTo("SUCCEEDED");
            SyncAssertions.assertConverged(waiting.apis);
        }
    }

    private HttpResponse<String> call(String method, String path) {
        return call(sync.adminUrl(), method, path);
    }

    private HttpResponse<String> call(String baseUrl, String method, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
