package io.contactsync.sync;

import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials come from the environment and never appear in a log line: start, cycles, re-login, failures, stop. */
class SecretsScenarioTest {

    private static final String SALESFORCE_SECRET = "sf-secret-7Qw2xZ";
    private static final String SALESFORCE_PASSWORD = "sf-password-9Lk3vB";
    private static final String GENESYS_SECRET = "gc-secret-4Hj8nM";
    private static final String DB_PASSWORD = "db-password-2Pd6rT";
    private static final String ADMIN_TOKEN = "admin-token-5Xc1qY";

    @TempDir
    Path data;

    @Test
    void noSecretAppearsInAnyLogLine() {
        SandboxSettings sandbox = SandboxSettings.from(new String[0], Map.of(
                "SANDBOX_SALESFORCE_PORT", "0", "SANDBOX_GENESYS_PORT", "0",
                "SANDBOX_SALESFORCE_CLIENT_SECRET", SALESFORCE_SECRET,
                "SANDBOX_SALESFORCE_PASSWORD", SALESFORCE_PASSWORD,
                "SANDBOX_GENESYS_CLIENT_SECRET", GENESYS_SECRET));
        List<String> lines;
        try (LogCapture log = LogCapture.start()) {
            try (SyncHarness sync = new SyncHarness(data, sandbox, Map.of("SYNC_DB_USER", "sync",
                    "SYNC_DB_PASSWORD", DB_PASSWORD, "SYNC_ADMIN_TOKEN", ADMIN_TOKEN), Map.of())) {
                sync.apis.seedBoth(Map.of("count", 4, "seed", 17, "sharedShare", 0.5, "differingShare", 0.0));
                assertThat(sync.runCycle().status()).isEqualTo("SUCCEEDED");
                // every token expires: both systems log in again; then a failing Genesys Cloud call is logged
                sync.apis.salesforceControl("POST", "/faults", Map.of("expireTokens", true));
                sync.apis.genesysControl("POST", "/faults", Map.of("expireTokens", true));
                sync.apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 500,
                        "path", "/api/v2/externalcontacts/scan/contacts", "count", 1));
                sync.runCycle();
            }
            lines = log.lines();
        }

        assertThat(lines).as("the capture saw the sync").anyMatch(line -> line.contains("Cycle 2:"));
        for (String secret : List.of(SALESFORCE_SECRET, SALESFORCE_PASSWORD, GENESYS_SECRET, DB_PASSWORD, ADMIN_TOKEN)) {
            assertThat(lines).as(secret).noneMatch(line -> line.contains(secret));
        }
    }
}
