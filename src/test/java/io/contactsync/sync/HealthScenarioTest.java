package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /observe/health}: readiness UP while the store answers, DOWN when it is unreachable; failing runs (the last 2
 * here) show as {@code contactsync-runs} DOWN and raise RUNS_FAILING without readiness DOWN; both systems' latest
 * call outcome in the details.
 */
class HealthScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    ManagementApi management;

    @BeforeEach
    void start() {
        sync = new SyncHarness(data, SandboxSettings.onFreePorts(), Map.of(),
                Map.of("sync.health.failed-runs", "2", "sync.retry.maximum-attempts", "1"));
        management = new ManagementApi(sync.managementUrl());
        sync.apis.seedBoth(Map.of("count", 4, "seed", 5, "sharedShare", 0.5, "differingShare", 0.0));
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void readyAndAliveWithBothSystemsReachableAfterACycle() {
        sync.runCycle();

        ManagementApi.Health ready = management.health("/observe/health/ready");
        assertThat(ready.httpStatus()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo("UP");
        assertThat(ready.check("contactsync-store").path("status").asText()).isEqualTo("UP");
        assertThat(management.health("/observe/health/live").status()).isEqualTo("UP");

        ManagementApi.Health all = management.health("/observe/health");
        for (String system : new String[]{"contactsync-salesforce", "contactsync-genesys"}) {
            JsonNode check = all.check(system);
            assertThat(check.path("status").asText()).as(system).isEqualTo("UP");
            assertThat(check.path("data").path("last.call.status").asText()).as(system).isEqualTo("200");
            assertThat(check.path("data").path("last.call.at").asText()).as(system).isNotEmpty();
        }
    }

    @Test
    // a persistent Genesys Cloud failure must end the cycle after its retries (it once retried forever)
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void failingRunsShowOnHealthAndRaiseAnAlertWhileTheReplicaStaysReady() {
        sync.runCycle();
        // Genesys Cloud closes every connection: the polls fail, the cycles fail
        sync.apis.genesysControl("POST", "/faults", Map.of("kind", "drop",
                "path", "/api/v2/externalcontacts/scan/contacts", "count", 100));

        assertThat(sync.runCycle().status()).isEqualTo("FAILED");
        assertThat(management.health("/observe/health").check("contactsync-runs").path("status").asText())
                .as("one failed run of two").isEqualTo("UP");
        RunSummary secondFailure;
        try (LogCapture log = LogCapture.start()) {
            secondFailure = sync.runCycle();
            assertThat(log.lines()).filteredOn(line -> line.contains("WARN") && line.contains("ALERT RUNS_FAILING"))
                    .singleElement().asString().contains("Each of the last 2 runs FAILED");
        }
        assertThat(secondFailure.status()).isEqualTo("FAILED");

        ManagementApi.Health ready = management.health("/observe/health/ready");
        assertThat(ready.httpStatus()).as("the dashboard stays reachable during an outage").isEqualTo(200);
        assertThat(ready.status()).isEqualTo("UP");
        assertThat(ready.check("contactsync-store").path("status").asText()).isEqualTo("UP");
        assertThat(ready.body().path("checks").findValuesAsText("name")).as("not a readiness check")
                .doesNotContain("contactsync-runs");
        ManagementApi.Health all = management.health("/observe/health");
        assertThat(all.check("contactsync-runs").path("status").asText()).isEqualTo("DOWN");
        assertThat(all.check("contactsync-runs").path("message").asText()).contains("the last 2 runs all FAILED");
        JsonNode genesys = all.check("contactsync-genesys");
        assertThat(genesys.path("status").asText()).isEqualTo("DOWN");
        assertThat(genesys.path("data").path("last.call.status").asText()).isEqualTo("error");
        assertThat(genesys.path("data").path("last.call.error").asText()).isNotEmpty();
        assertThat(management.health("/observe/health/live").status()).as("alive all the same").isEqualTo("UP");

        sync.apis.genesysControl("DELETE", "/faults", null);
        assertThat(sync.runCycle().status()).isEqualTo("SUCCEEDED");
        assertThat(management.health("/observe/health").check("contactsync-runs").path("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void notReadyWhenTheStateStoreIsUnreachable() {
        sync.store().close();

        ManagementApi.Health ready = management.health("/observe/health/ready");

        assertThat(ready.httpStatus()).isEqualTo(503);
        assertThat(ready.status()).isEqualTo("DOWN");
        assertThat(ready.check("contactsync-store").path("status").asText()).isEqualTo("DOWN");
        assertThat(ready.check("contactsync-store").path("message").asText()).contains("unreachable");
    }
}
