package io.contactsync.sync;

import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar with a setting that cannot work: the process ends with a non-zero exit code and one line per
 * problem naming the setting (or mapping key) to fix, no stack trace, and leaves no port held.
 */
class MisconfigurationIT {

    @TempDir
    Path work;

    @Test
    void wrongSettingsInTheDemoEndTheProcessWithEveryProblemListed() throws Exception {
        Path policies = Files.writeString(work.resolve("policies.yaml"), "fieldPolicy:\n  title: GENESYS\n");
        Map<String, String> environment = new HashMap<>(Map.of("SYNC_SCHEDULE", "every 30 seconds",
                "SYNC_POLICIES_FILE", policies.toString()));

        Ended ended = run(environment);

        assertThat(ended.exitCode()).isEqualTo(1);
        assertThat(ended.output()).contains(
                "SYNC_SCHEDULE: 'every 30 seconds' is neither a Quartz cron",
                "SYNC_POLICIES_FILE: " + policies + ": unknown key 'fieldPolicy'");
        assertNoStackTrace(ended.output());
    }

    @Test
    void aRefusedSalesforceLoginEndsTheProcessNamingThePasswordAndTheSecurityToken() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.onFreePorts())) {
            Map<String, String> environment = new HashMap<>(Map.of(
                    "SALESFORCE_LOGIN_URL", sandbox.salesforce().baseUrl(),
                    "SALESFORCE_CLIENT_ID", sandbox.settings().salesforce().clientId(),
                    "SALESFORCE_CLIENT_SECRET", sandbox.settings().salesforce().clientSecret(),
                    "SALESFORCE_USERNAME", sandbox.settings().salesforce().username(),
                    "SALESFORCE_PASSWORD", "not-the-password",
                    "GENESYS_LOGIN_URL", sandbox.genesys().baseUrl(),
                    "GENESYS_API_URL", sandbox.genesys().baseUrl(),
                    "GENESYS_CLIENT_ID", sandbox.settings().genesys().clientId(),
                    "GENESYS_CLIENT_SECRET", sandbox.settings().genesys().clientSecret()));

            Ended ended = run(environment);

            assertThat(ended.exitCode()).isEqualTo(1);
            assertThat(ended.output()).contains("Salesforce refused the login", "SALESFORCE_PASSWORD", "security token");
            assertNoStackTrace(ended.output());
        }
    }

    @Test
    void validateExitsOneWithALineForEachKeyOfAMappingThatDoesNotFit() throws Exception {
        Path mapping = Files.writeString(work.resolve("mapping.yaml"), """
                salesforce:
                  genesysIdField: External_Genesys_ID__c
                fields:
                  lastName:
                    salesforce: { field: LastName, required: true }
                    genesys: { path: lastName }
                  nickname:
                    salesforce: { field: Nickname__c }
                    genesys: { path: middleName }
                """);

        Ended ended = run(new HashMap<>(Map.of("SYNC_MAPPING_FILE", mapping.toString())), "validate");

        assertThat(ended.exitCode()).isEqualTo(1);
        assertThat(ended.output()).contains("fields.nickname.salesforce.field: Nickname__c is not a field of Contact");
        assertNoStackTrace(ended.output());
    }

    private static void assertNoStackTrace(String output) {
        assertThat(output).doesNotContain("\tat ", "Exception:", "Caused by");
    }

    private record Ended(int exitCode, String output) {
    }

    private Ended run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        environment.put("SYNC_DB_URL", "jdbc:h2:file:" + work.resolve("contact-sync").toAbsolutePath());
        environment.put("SYNC_CLUSTER_DIR", work.resolve("cluster").toString());
        environment.put("CAMEL_SERVER_PORT", String.valueOf(SyncHarness.freePort()));
        environment.put("CAMEL_MANAGEMENT_PORT", String.valueOf(SyncHarness.freePort()));
        environment.put("SANDBOX_SALESFORCE_PORT", String.valueOf(SyncHarness.freePort()));
        environment.put("SANDBOX_GENESYS_PORT", String.valueOf(SyncHarness.freePort()));
        Path log = work.resolve("contact-sync.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", System.getProperty("contactsync.jar")));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the process ended").isTrue();
            return new Ended(process.exitValue(), Files.readString(log));
        } finally {
            process.destroyForcibly();
        }
    }
}
