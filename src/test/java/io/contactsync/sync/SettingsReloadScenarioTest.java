package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running sync picks up a changed mapping or policies file at its next cycle, without a restart: a field added to
 * the mapping settles for every pair (the unchanged contacts too: the side is read in full once), a changed policy
 * decides the next conflict; a change that does not fit the systems or does not load is refused with an alert, and
 * the settings in use stay until the file is fixed.
 */
class SettingsReloadScenarioTest {

    private static final String PACKAGED = "extends: classpath:mapping/contact-mapping.yaml\n";
    private static final String WITH_TIER = PACKAGED + """
            fields:
              customerTier:
                type: picklist
                salesforce: { field: %s }
                genesys: { path: customFields.customerTier_enum }
                values: { Gold: gold, Silver: silver, Bronze: bronze }
            """;

    @TempDir
    Path data;
    Path mapping;
    Path policies;
    SyncHarness sync;
    SandboxApis apis;

    @BeforeEach
    void start() throws IOException {
        mapping = Files.writeString(data.resolve("mapping.yaml"), PACKAGED);
        policies = Files.writeString(data.resolve("policies.yaml"), "fieldPolicies: {}\n");
        // no poll overlap: a contact not edited since the last cycle is not read again by an incremental poll
        sync = new SyncHarness(data.resolve("db"), SandboxSettings.onFreePorts(),
                Map.of("SYNC_MAPPING_FILE", mapping.toString(), "SYNC_POLICIES_FILE", policies.toString()),
                Map.of("sync.overlap", "PT0S"));
        apis = sync.apis;
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void aFieldAddedToTheMappingFileSettlesForEveryPairAtTheNextCycle() throws IOException {
        String ada = apis.createSalesforceContact(Map.of("LastName", "Lovelace", "Email", "ada@example.com",
                "Customer_Tier__c", "Gold"));
        String grace = apis.createSalesforceContact(Map.of("LastName", "Hopper", "Email", "grace@example.com",
                "Customer_Tier__c", "Silver"));
        sync.runUntilQuiet(3);
        // a later contact moves both watermarks past Ada's and Grace's records
        apis.createSalesforceContact(Map.of("LastName", "Clarke", "Email", "joan@example.com"));
        sync.runUntilQuiet(3);
        assertThat(apis.genesysContacts()).hasSize(3).allSatisfy(contact ->
                assertThat(contact.path("customFields").path("customerTier_enum").isMissingNode())
                        .as("not mapped yet").isTrue());

        Files.writeString(mapping, WITH_TIER.formatted("Customer_Tier__c"));
        RunSummary reloaded = sync.runCycle();

        assertThat(reloaded.status()).isEqualTo("SUCCEEDED");
        assertThat(reloaded.counts().conflicts()).as("the new field settles by its policy, no conflict").isZero();
        assertThat(genesysTierOf(ada)).isEqualTo("gold");
        assertThat(genesysTierOf(grace)).isEqualTo("silver");
        assertThat(apis.salesforceContact(ada).path("Customer_Tier__c").asText()).isEqualTo("Gold");
        JsonNode shown = new AdminClient(sync.adminUrl()).get("/api/sync/mapping").body();
        assertThat(shown.path("fields")).extracting(field -> field.path("name").asText()).contains("customerTier");
        assertThat(sync.runCycle().counts().updatedInGenesys()).as("then quiet").isZero();
    }

    @Test
    void aChangeThatDoesNotFitOrDoesNotLoadIsRefusedWithAnAlertAndTheSettingsInUseStay() throws IOException {
        Files.writeString(mapping, WITH_TIER.formatted("Customer_Tier__c"));
        String ada = apis.createSalesforceContact(Map.of("LastName", "Lovelace", "Email", "ada@example.com",
                "Customer_Tier__c", "Gold"));
        sync.runUntilQuiet(3);
        assertThat(genesysTierOf(ada)).isEqualTo("gold");

        Files.writeString(mapping, WITH_TIER.formatted("No_Such_Tier__c"));
        apis.updateSalesforceContact(ada, Map.of("Customer_Tier__c", "Silver"));
        try (LogCapture log = LogCapture.start()) {
            assertThat(sync.runCycle().status()).as("the cycle runs on the settings in use")
                    .isEqualTo("SUCCEEDED");
            assertThat(alerts(log)).singleElement().asString().contains("No_Such_Tier__c");
        }
        assertThat(genesysTierOf(ada)).as("the tier still flows from Customer_Tier__c").isEqualTo("silver");

        Files.writeString(mapping, "fields: [ not a mapping\n");
        try (LogCapture log = LogCapture.start()) {
            assertThat(sync.runCycle().status()).isEqualTo("SUCCEEDED");
            // the alert itself is not repeated within sync.alert.repeat-after
            assertThat(log.lines()).filteredOn(line -> line.contains("WARN") && line.contains("Settings change refused"))
                    .singleElement().asString().contains("does not load");
        }

        Files.writeString(mapping, WITH_TIER.formatted("Customer_Tier__c"));
        apis.updateSalesforceContact(ada, Map.of("Customer_Tier__c", "Bronze"));
        try (LogCapture log = LogCapture.start()) {
            assertThat(sync.runCycle().status()).isEqualTo("SUCCEEDED");
            assertThat(log.lines()).as("the file is back to the settings in use")
                    .noneMatch(line -> line.contains("Settings change refused"))
                    .anyMatch(line -> line.contains("back to the settings in use"));
        }
        assertThat(genesysTierOf(ada)).isEqualTo("bronze");
    }

    @Test
    void aChangedPolicyDecidesTheNextConflict() throws IOException {
        String ada = apis.createSalesforceContact(Map.of("LastName", "Lovelace", "Email", "ada@example.com",
                "MailingCity", "London"));
        sync.runUntilQuiet(3);
        String genesysAda = sync.store().links().findByRecordId(Side.SALESFORCE, ada).orElseThrow().genesysId();

        Files.writeString(policies, "fieldPolicies: { city: SALESFORCE }\n");
        apis.updateSalesforceContact(ada, Map.of("MailingCity", "Paris"));
        // the later edit, which the packaged last-write policy would let win
        apis.updateGenesysContact(genesysAda, contact -> contact.with("address").put("city", "Rome"));
        sync.runUntilQuiet(3);

        assertThat(apis.salesforceContact(ada).path("MailingCity").asText()).isEqualTo("Paris");
        assertThat(apis.genesysContact(genesysAda).path("address").path("city").asText()).isEqualTo("Paris");
        assertThat(sync.store().conflicts().list(null, null, 10)).singleElement().satisfies(conflict -> {
            assertThat(conflict.details().field()).isEqualTo("city");
            assertThat(conflict.details().policy()).isEqualTo("SALESFORCE");
            assertThat(conflict.details().genesysValue()).as("the losing value, recorded").isEqualTo("Rome");
        });
    }

    private String genesysTierOf(String salesforceId) {
        String genesysId = sync.store().links().findByRecordId(Side.SALESFORCE, salesforceId).orElseThrow().genesysId();
        return apis.genesysContact(genesysId).path("customFields").path("customerTier_enum").asText(null);
    }

    private static List<String> alerts(LogCapture log) {
        return log.lines().stream().filter(line -> line.contains("ALERT SETTINGS_REFUSED")).toList();
    }
}
