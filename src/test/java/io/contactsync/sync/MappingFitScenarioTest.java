package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.SyncLaunch;
import io.contactsync.cycle.RunSummary;
import io.contactsync.mapping.MappingMismatchException;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.testing.LaunchEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The field mapping checked against both systems before the first cycle: a mapping that does not fit stops the start
 * (in the demo and against real systems) and any cycle, naming each key at fault; a fitting one with custom fields
 * writes them with the data schema the contact needs.
 */
class MappingFitScenarioTest {

    /** What the tier mapping lacks in a sandbox that declares neither the Salesforce field nor the data schema. */
    private static final List<String> MISFITS = List.of(
            "genesys.schema: Genesys Cloud has no External Contact data schema named 'Tier fields'",
            "fields.customerTier.salesforce.field: Account_Tier__c is not a field of Contact");
    private static final String TIER_FIELD = """
            {"object":"Contact","fields":[{"name":"Account_Tier__c","type":"picklist","length":255,
              "values":["Gold","Silver"]}]}""";
    private static final String TIER_SCHEMA = """
            {"name":"Tier fields","version":0,"enabled":true,
             "jsonSchema":{"$schema":"http://json-schema.org/draft-04/schema#","title":"Tier fields",
               "properties":{"tier_enum":{"allOf":[{"$ref":"#/definitions/enum"}],"title":"Tier",
                 "enum":["gold","silver"]}}}}""";

    @TempDir
    Path data;

    @Test
    void aMappingThatDoesNotFitStopsTheDemoStartNamingTheKey() throws IOException {
        Map<String, String> environment = environment();
        environment.putAll(Map.of("SANDBOX_SALESFORCE_PORT", String.valueOf(LaunchEnvironment.freePort()),
                "SANDBOX_GENESYS_PORT", String.valueOf(LaunchEnvironment.freePort())));

        assertThatThrownBy(() -> SyncLaunch.start(environment, List.of(), quiet()))
                .isInstanceOfSatisfying(MappingMismatchException.class, mismatch ->
                        assertThat(mismatch.problems()).containsExactlyElementsOf(MISFITS));
    }

    @Test
    void aMappingThatDoesNotFitRealSystemsIsRefusedOnceLoggedIn() throws Exception {
        CompletableFuture<Throwable> refused = new CompletableFuture<>();
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.onFreePorts())) {
            Map<String, String> environment = environment();
            environment.putAll(LaunchEnvironment.credentials(sandbox, sandbox.settings().salesforce().password()));

            try (SyncLaunch launch = SyncLaunch.start(environment, List.of(), quiet(), refused::complete)) {
                assertThat(refused.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(MappingMismatchException.class,
                        mismatch -> assertThat(mismatch.problems()).containsExactlyElementsOf(MISFITS));
            }
        }
    }

    @Test
    void aCycleOnAMappingThatDoesNotFitFailsWithEveryProblemAndWritesNothing() throws IOException {
        try (SyncHarness sync = new SyncHarness(data, tierSettings())) {
            sync.apis.seedBothSides(4, 3);
            List<JsonNode> salesforceBefore = sync.apis.salesforceContacts();
            List<JsonNode> genesysBefore = sync.apis.genesysContacts();

            RunSummary run = sync.runCycle();

            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.error()).contains(MISFITS);
            assertThat(sync.apis.salesforceContacts()).isEqualTo(salesforceBefore);
            assertThat(sync.apis.genesysContacts()).isEqualTo(genesysBefore);
        }
    }

    @Test
    void aPicklistInACustomFieldReachesGenesysCloudWithItsDataSchemaAndComesBack() throws IOException {
        try (SyncHarness sync = new SyncHarness(data, tierSettings())) {
            sync.apis.salesforceControl("POST", "/fields", SandboxApis.JSON.readTree(TIER_FIELD));
            String schemaId = sync.apis.createGenesysSchema(SandboxApis.JSON.readTree(TIER_SCHEMA));
            String salesforceId = sync.apis.createSalesforceContact(Map.of("LastName", "Lovelace",
                    "Email", "ada@example.com", "Account_Tier__c", "Gold"));

            assertThat(sync.runCycle().status()).isEqualTo("SUCCEEDED");

            JsonNode created = sync.apis.genesysContacts().get(0);
            assertThat(created.path("schema").path("id").asText()).isEqualTo(schemaId);
            assertThat(created.path("schema").path("version").asInt()).isEqualTo(1);
            assertThat(created.path("customFields").path("tier_enum").asText()).isEqualTo("gold");

            sync.apis.updateGenesysContact(created.path("id").asText(),
                    contact -> contact.with("customFields").put("tier_enum", "silver"));
            assertThat(sync.runCycle().status()).isEqualTo("SUCCEEDED");

            assertThat(sync.apis.salesforceContact(salesforceId).path("Account_Tier__c").asText()).isEqualTo("Silver");
            assertThat(sync.apis.genesysContacts()).singleElement().satisfies(contact -> assertThat(
                    contact.path("customFields").path("tier_enum").asText()).isEqualTo("silver"));
        }
    }

    /** The tier mapping and policies for its fields. */
    private Map<String, String> tierSettings() throws IOException {
        Path policies = Files.writeString(data.resolve("policies.yaml"), """
                fieldPolicies:
                  lastName: SALESFORCE
                  email: LAST_WRITE
                  customerTier: LAST_WRITE
                """);
        return Map.of("SYNC_MAPPING_FILE", tierMapping().toString(), "SYNC_POLICIES_FILE", policies.toString());
    }

    private Path tierMapping() throws IOException {
        return Files.writeString(data.resolve("mapping.yaml"), """
                salesforce:
                  genesysIdField: External_Genesys_ID__c
                genesys:
                  schema: Tier fields
                fields:
                  lastName:
                    salesforce: { field: LastName, maxLength: 80, required: true }
                    genesys: { path: lastName }
                  email:
                    type: email
                    salesforce: { field: Email, maxLength: 80 }
                    genesys: { path: workEmail }
                  customerTier:
                    type: picklist
                    salesforce: { field: Account_Tier__c }
                    genesys: { path: customFields.tier_enum }
                    values: { Gold: gold, Silver: silver }
                """);
    }

    private Map<String, String> environment() throws IOException {
        Map<String, String> environment = LaunchEnvironment.local(data);
        environment.putAll(tierSettings());
        return environment;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
