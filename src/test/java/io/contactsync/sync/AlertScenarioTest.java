package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.testing.LogCapture;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts after a cycle: a run over the conflict threshold (0 here) logs a WARN line and POSTs JSON to the webhook
 * (a local receiver); the same condition is not posted again within the repeat interval.
 */
class AlertScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    Vertx vertx;
    HttpServer receiver;
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        receiver = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            try {
                received.add(SandboxApis.JSON.readTree(body.toString()));
                contentTypes.add(request.getHeader("Content-Type"));
                request.response().setStatusCode(204).end();
            } catch (Exception e) {
                request.response().setStatusCode(400).end();
            }
        })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        sync = new SyncHarness(data, SandboxSettings.onFreePorts(),
                Map.of("SYNC_ALERT_WEBHOOK_URL", "http://localhost:" + receiver.actualPort() + "/alerts"),
                Map.of("sync.alert.max-conflicts-per-run", "0", "sync.alert.review-base-url", "https://sync.example"));
        sync.apis.seedBoth(Map.of("count", 4, "seed", 11, "sharedShare", 1.0, "differingShare", 0.0));
    }

    @AfterEach
    void stop() throws Exception {
        sync.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRunOverTheConflictThresholdIsLoggedAndPostedOnce() {
        assertThat(sync.runCycle().counts().conflicts()).as("the initial load links, no conflict").isZero();
        assertThat(received).isEmpty();

        RunSummary conflicted;
        try (LogCapture log = LogCapture.start()) {
            conflicted = conflictOnTitle("first");
            assertThat(log.lines()).filteredOn(line -> line.contains("WARN") && line.contains("ALERT TOO_MANY_CONFLICTS"))
                    .singleElement().asString().contains("Run " + conflicted.runId() + " recorded 1 conflicts");
        }

        assertThat(received).singleElement().satisfies(alert -> {
            assertThat(alert.path("condition").asText()).isEqualTo("TOO_MANY_CONFLICTS");
            assertThat(alert.path("runId").asLong()).isEqualTo(conflicted.runId());
            assertThat(alert.path("message").asText()).contains("1 conflicts (more than 0)");
            assertThat(alert.path("conflictsPerRun").asDouble()).isEqualTo(0.5);
            assertThat(alert.path("openDeadLetters").asLong()).isZero();
            assertThat(alert.path("openConflictsUrl").asText()).isEqualTo("https://sync.example/api/conflicts?status=OPEN");
            assertThat(alert.path("openDeadLettersUrl").asText())
                    .isEqualTo("https://sync.example/api/dead-letters?status=OPEN");
        });
        assertThat(contentTypes).containsExactly("application/json");

        assertThat(conflictOnTitle("second").counts().conflicts()).isEqualTo(1);
        assertThat(received).as("throttled: once per 30 minutes per condition").hasSize(1);
    }

    @Test
    void anUnreachableWebhookDoesNotFailTheCycle() throws Exception {
        sync.runCycle();
        receiver.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        try (LogCapture log = LogCapture.start()) {
            RunSummary run = conflictOnTitle("unheard");

            assertThat(run.status()).isEqualTo("SUCCEEDED");
            assertThat(log.lines()).anyMatch(line -> line.contains("The alert webhook did not accept the alert"));
        }
    }

    /** Both sides change the title of the same linked contact differently, then a cycle runs. */
    private RunSummary conflictOnTitle(String round) {
        JsonNode contact = sync.apis.salesforceContacts().get(0);
        String genesysId = contact.path("External_Genesys_ID__c").asText();
        sync.apis.updateSalesforceContact(contact.path("Id").asText(), Map.of("Title", "Salesforce " + round));
        sync.apis.updateGenesysContact(genesysId, c -> c.put("title", "Genesys " + round));
        return sync.runCycle();
    }
}
