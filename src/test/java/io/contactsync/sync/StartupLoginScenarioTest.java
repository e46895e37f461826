package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.SyncLaunch;
import io.contactsync.cycle.RunSummary;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.testing.LaunchEnvironment;
import io.contactsync.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sync started as the application starts it against real systems (the sandbox's emulators, with credentials):
 * a login that fails for a while is retried in the background while health answers; a refused one is reported
 * (the application ends the process) and shows the system's check DOWN.
 */
class StartupLoginScenarioTest {

    private static final String TOKEN = "/services/oauth2/token";

    @TempDir
    Path data;
    Sandbox sandbox;
    SandboxApis apis;
    final CompletableFuture<Throwable> refused = new CompletableFuture<>();

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxSettings.onFreePorts());
        apis = new SandboxApis(sandbox);
        apis.seedBothSides(4, 9);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aLoginAnswered503IsRetriedWhileTheReplicaServesAndTheSyncThenRuns() throws Exception {
        apis.salesforceControl("POST", "/faults", Map.of("kind", "status", "status", 503, "method", "POST",
                "path", TOKEN, "count", 2));
        Map<String, String> environment = environment(sandbox.settings().salesforce().password());

        try (SyncLaunch launch = SyncLaunch.start(environment, List.of(), quiet(), refused::complete)) {
            ManagementApi management = new ManagementApi("http://localhost:" + environment.get("CAMEL_MANAGEMENT_PORT"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(salesforceCheck(management)
                    .path("data").path("last.call.status").asText()).isEqualTo("503"));
            assertThat(management.health("/observe/health/ready").httpStatus()).as("ready while logging in")
                    .isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(salesforceCheck(management)
                    .path("status").asText()).isEqualTo("UP"));
            RunSummary run = launch.context().createProducerTemplate()
                    .requestBodyAndHeader("direct:sync-cycle", null, "trigger", "api", RunSummary.class);

            assertThat(run.status()).isEqualTo("SUCCEEDED");
            SyncAssertions.assertConverged(apis);
            assertThat(refused).isNotDone();
        }
    }

    @Test
    void aRateLimitedLoginWaitsItsRetryAfterBeforeTheNextAttempt() throws Exception {
        apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 429, "retryAfter", 3,
                "method", "POST", "path", "/oauth/token", "count", 1));
        Map<String, String> environment = environment(sandbox.settings().salesforce().password());

        try (LogCapture log = LogCapture.start();
             SyncLaunch launch = SyncLaunch.start(environment, List.of(), quiet(), refused::complete)) {
            ManagementApi management = new ManagementApi("http://localhost:" + environment.get("CAMEL_MANAGEMENT_PORT"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(management.health("/observe/health")
                    .check("contactsync-genesys").path("status").asText()).isEqualTo("UP"));

            assertThat(log.lines()).filteredOn(line -> line.contains("Genesys Cloud login failed"))
                    .singleElement().asString().contains("429", "trying again in 3 s");
            assertThat(refused).isNotDone();
        }
    }

    @Test
    void aRateLimitedSalesforceLoginWaitsItsRetryAfterBeforeTheNextAttempt() throws Exception {
        apis.salesforceControl("POST", "/faults", Map.of("kind", "status", "status", 429, "retryAfter", 3,
                "method", "POST", "path", TOKEN, "count", 1));
        Map<String, String> environment = environment(sandbox.settings().salesforce().password());

        try (LogCapture log = LogCapture.start();
             SyncLaunch launch = SyncLaunch.start(environment, List.of(), quiet(), refused::complete)) {
            ManagementApi management = new ManagementApi("http://localhost:" + environment.get("CAMEL_MANAGEMENT_PORT"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(salesforceCheck(management)
                    .path("status").asText()).isEqualTo("UP"));

            // camel-salesforce's exception has no headers: the wait comes from its HTTP client
            assertThat(log.lines()).filteredOn(line -> line.contains("Salesforce login failed"))
                    .singleElement().asString().contains("429", "trying again in 3 s");
            assertThat(refused).isNotDone();
        }
    }

    @Test
    void aRefusedLoginIsReportedAndShowsTheSystemDown() throws Exception {
        Map<String, String> environment = environment("not-the-password");

        try (SyncLaunch launch = SyncLaunch.start(environment, List.of(), quiet(), refused::complete)) {
            Throwable failure = refused.get(30, TimeUnit.SECONDS);

            assertThat(failure).hasMessageContaining("invalid_grant");
            JsonNode salesforce = salesforceCheck(new ManagementApi("http://localhost:"
                    + environment.get("CAMEL_MANAGEMENT_PORT")));
            assertThat(salesforce.path("status").asText()).isEqualTo("DOWN");
            assertThat(salesforce.path("data").path("last.call.status").asText()).isEqualTo("login-refused");
        }
    }

    private static JsonNode salesforceCheck(ManagementApi management) {
        return management.health("/observe/health").check("contactsync-salesforce");
    }

    private Map<String, String> environment(String salesforcePassword) {
        Map<String, String> environment = LaunchEnvironment.credentials(sandbox, salesforcePassword);
        environment.putAll(LaunchEnvironment.local(data));
        return environment;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
