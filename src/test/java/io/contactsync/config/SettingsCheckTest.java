package io.contactsync.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each wrong setting is one line naming the variable (or option) to fix, in the user's words. */
class SettingsCheckTest {

    @TempDir
    Path folder;

    @Test
    void nothingSetIsTheDemoAndFine() {
        assertThat(SettingsCheck.problems(Map.of("PATH", "/usr/bin"), List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "SYNC_SCHEDULE          | every 30 seconds     | SYNC_SCHEDULE: 'every 30 seconds' is neither a Quartz cron",
            "SYNC_SCHEDULE          | 0/30 * * * *         | SYNC_SCHEDULE: '0/30 * * * *' is neither a Quartz cron",
            "CAMEL_SERVER_PORT      | eighty               | CAMEL_SERVER_PORT: 'eighty' is not a port number",
            "CAMEL_MANAGEMENT_PORT  | 70000                | CAMEL_MANAGEMENT_PORT: 70000 is not a port (0 to 65535)",
            "SANDBOX_GENESYS_PORT   | -1                   | SANDBOX_GENESYS_PORT: -1 is not a port",
            "SYNC_LOCK_TTL          | 1 minute             | SYNC_LOCK_TTL: '1 minute' is not an ISO-8601 duration",
            "SYNC_AUDIT_RETENTION   | 1y                   | SYNC_AUDIT_RETENTION: '1y' is not an ISO-8601 duration",
            "SYNC_RECORD_RETRY_INITIAL_DELAY | 1m     | SYNC_RECORD_RETRY_INITIAL_DELAY: '1m' is not an ISO-8601 duration",
            "SYNC_RECORD_RETRY_MAXIMUM_DELAY | an hour | SYNC_RECORD_RETRY_MAXIMUM_DELAY: 'an hour' is not an ISO-8601 duration",
            "SYNC_CLUSTER           | zookeeper            | SYNC_CLUSTER: 'zookeeper' is neither 'file' nor 'kubernetes'",
            "SYNC_DB_POOL_SIZE      | many                 | SYNC_DB_POOL_SIZE: 'many' is not a number of connections",
            "SYNC_DB_URL            | postgres://db/sync   | SYNC_DB_URL: 'postgres://db/sync' is neither an H2",
            "SYNC_ROUTES_DIR        | /no/such/routes      | SYNC_ROUTES_DIR: /no/such/routes is not a folder",
            "SYNC_POLICIES_FILE     | /no/such/policies.yaml | SYNC_POLICIES_FILE: Settings file not found: /no/such/policies.yaml",
            "GENESYS_REGION         | mars_north_1         | GENESYS_REGION: Unknown Genesys Cloud region 'mars_north_1'",
    })
    void aWrongValueIsOneLineNamingItsVariable(String variable, String value, String expected) {
        assertThat(SettingsCheck.problems(Map.of(variable, value), List.of())).singleElement().asString()
                .startsWith(expected);
    }

    @Test
    void aMissingSecretNamesTheVariable() {
        assertThat(SettingsCheck.problems(Map.of("SALESFORCE_CLIENT_ID", "id", "GENESYS_CLIENT_ID", "id",
                "GENESYS_CLIENT_SECRET", "secret"), List.of()))
                .containsExactly("SALESFORCE_CLIENT_SECRET (or SALESFORCE_REFRESH_TOKEN) is not set");
    }

    @Test
    void aMisspeltKeyInThePoliciesFileNamesTheKeyAndTheKnownKeys() throws IOException {
        Path policies = Files.writeString(folder.resolve("policies.yaml"), "resolver: threeWayMerge\nfieldPolicy:\n  title: GENESYS\n");

        assertThat(SettingsCheck.problems(Map.of("SYNC_POLICIES_FILE", policies.toString()), List.of())).singleElement()
                .asString().startsWith("SYNC_POLICIES_FILE: " + policies + ": unknown key 'fieldPolicy' (known: ")
                .contains("fieldPolicies").doesNotContain("Jackson", "UnrecognizedPropertyException");
    }

    @Test
    void aWrongPolicyValueNamesTheFieldAndTheValuesAllowed() throws IOException {
        Path policies = Files.writeString(folder.resolve("policies.yaml"), "fieldPolicies:\n  title: GENESIS\n");

        assertThat(SettingsCheck.problems(Map.of("SYNC_POLICIES_FILE", policies.toString()), List.of())).singleElement()
                .asString().isEqualTo("SYNC_POLICIES_FILE: " + policies + ": 'GENESIS' is not a valid value of"
                        + " 'fieldPolicies.title' at line 2 (one of [SALESFORCE, GENESYS, LAST_WRITE, MANUAL])");
    }

    @Test
    void everyProblemInAPoliciesFileIsItsOwnLine() throws IOException {
        Path policies = Files.writeString(folder.resolve("policies.yaml"),
                "fieldPolicies:\n  nickname: GENESYS\nclockSkewTolerance: soon\n");

        assertThat(SettingsCheck.problems(Map.of("SYNC_POLICIES_FILE", policies.toString()), List.of()))
                .hasSize(2).allSatisfy(problem -> assertThat(problem).startsWith("SYNC_POLICIES_FILE: ")
                        .doesNotContain("\n"))
                .anySatisfy(problem -> assertThat(problem).contains("fieldPolicies.nickname: not a field of the mapping"))
                .anySatisfy(problem -> assertThat(problem).contains("clockSkewTolerance: 'soon'"));
    }

    @Test
    void aMisspeltKeyInTheMappingFileNamesIt() throws IOException {
        Path mapping = Files.writeString(folder.resolve("mapping.yaml"), "feilds: {}\n");

        assertThat(SettingsCheck.problems(Map.of("SYNC_MAPPING_FILE", mapping.toString()), List.of())).singleElement()
                .asString().startsWith("SYNC_MAPPING_FILE: " + mapping + ": unknown key 'feilds' (known: [direction, extends, fields, genesys, linkIdsInSource, object, salesforce])");
    }

    @Test
    void anUnknownOptionIsNamedWithTheOptionsThereAre() {
        assertThat(SettingsCheck.problems(Map.of(), List.of("--salesforce-port=19000", "--verbose", "--host")))
                .containsExactly(
                        "unknown option '--verbose' (the options are --genesys-port=..., --host=..., --salesforce-port=...)",
                        "unknown option '--host' (the options are --genesys-port=..., --host=..., --salesforce-port=...)");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertThat(SettingsCheck.problems(Map.of("SYNC_SCHEDULE", "hourly", "CAMEL_SERVER_PORT", "x",
                "SYNC_CLUSTER", "etcd"), List.of())).hasSize(3);
    }
}
