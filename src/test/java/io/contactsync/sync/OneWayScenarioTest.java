package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-way mode, the brief's first step: {@code direction: SALESFORCE_TO_GENESYS} mirrors Salesforce into Genesys
 * Cloud and writes nothing to Salesforce but, where the mapping allows it, the Genesys Cloud ids.
 */
class OneWayScenarioTest {

    /** The sync writes Salesforce with sObject Collections (the tests' own edits use the single-record API). */
    private static final Predicate<String> SYNC_WRITE_TO_SALESFORCE = call -> call.contains("/composite");

    @TempDir
    Path data;

    SyncHarness sync;
    SandboxApis apis;

    @AfterEach
    void stop() {
        sync.close();
    }

    private void start(boolean linkIdsInSource) throws IOException {
        Path mapping = Files.writeString(data.resolve("one-way.yaml"), """
                extends: classpath:mapping/contact-mapping.yaml
                direction: SALESFORCE_TO_GENESYS
                linkIdsInSource: %s
                fields:
                  tags: ~
                  notes: ~
                """.formatted(linkIdsInSource));
        sync = new SyncHarness(data.resolve("db"), Map.of("SYNC_MAPPING_FILE", mapping.toString()));
        apis = sync.apis;
    }

    @Test
    void salesforceIsMirroredIntoGenesysAndNeverWritten() throws IOException {
        start(false);
        String ada = apis.createSalesforceContact(Map.of("LastName", "Lovelace", "Email", "ada@example.com",
                "MobilePhone", "+1 317 555 0101"));
        String onlyInGenesys = apis.createGenesysContact(SandboxApis.JSON.createObjectNode()
                .put("firstName", "Grace").put("lastName", "Hopper").put("workEmail", "grace@example.com"));
        apis.resetStats();

        sync.runUntilQuiet(3);
        String genesysAda = apis.genesysContacts().stream()
                .filter(contact -> contact.path("workEmail").asText().equals("ada@example.com"))
                .map(contact -> contact.path("id").asText()).findFirst().orElseThrow();
        apis.updateGenesysContact(genesysAda,
                contact -> contact.putObject("cellPhone").put("display", "+1 317 555 0199"));
        apis.updateSalesforceContact(ada, Map.of("Title", "Countess"));
        sync.runUntilQuiet(3);

        assertThat(apis.stats(true).keySet()).as("calls to Salesforce").noneMatch(SYNC_WRITE_TO_SALESFORCE);
        assertThat(apis.salesforceContacts()).as("nothing created in Salesforce").hasSize(1);
        JsonNode salesforceAda = apis.salesforceContact(ada);
        assertThat(salesforceAda.path("External_Genesys_ID__c").isNull()).isTrue();
        assertThat(salesforceAda.path("MobilePhone").asText()).isEqualTo("+1 317 555 0101");
        JsonNode mirrored = apis.genesysContact(genesysAda);
        assertThat(mirrored.path("title").asText()).as("Salesforce's edit flows").isEqualTo("Countess");
        assertThat(mirrored.path("cellPhone").path("e164").asText()).as("Genesys' edit is put back")
                .isEqualTo("+13175550101");
        assertThat(apis.genesysContact(onlyInGenesys).path("lastName").asText()).isEqualTo("Hopper");
        assertThat(sync.store().conflicts().list(null, null, 10)).singleElement().satisfies(conflict -> {
            assertThat(conflict.details().field()).isEqualTo("mobilePhone");
            assertThat(conflict.details().genesysValue()).as("the losing value").isEqualTo("+13175550199");
            assertThat(conflict.details().winner()).isEqualTo(Side.SALESFORCE);
        });
    }

    @Test
    void theGenesysIdsAreTheOnlyWriteToSalesforceWhereTheMappingAllowsIt() throws IOException {
        start(true);
        String ada = apis.createSalesforceContact(Map.of("LastName", "Lovelace", "Email", "ada@example.com"));
        apis.resetStats();

        sync.runUntilQuiet(3);

        JsonNode salesforceAda = apis.salesforceContact(ada);
        String genesysId = sync.store().links().findByRecordId(Side.SALESFORCE, ada).orElseThrow().genesysId();
        assertThat(salesforceAda.path("External_Genesys_ID__c").asText()).isEqualTo(genesysId);
        assertThat(apis.stats(true).keySet()).as("calls to Salesforce").filteredOn(SYNC_WRITE_TO_SALESFORCE)
                .containsExactly("PATCH /services/data/{version}/composite/sobjects");
        JsonNode mapping = new AdminClient(sync.adminUrl()).get("/api/sync/mapping").body();
        assertThat(mapping.path("direction").asText()).isEqualTo("SALESFORCE_TO_GENESYS");
        assertThat(mapping.path("fields")).extracting(field -> field.path("direction").asText())
                .containsOnly("SALESFORCE_TO_GENESYS");
    }

    @Test
    void switchingToBothWaysRaisesNoConflictsAndAnAddedFieldSettlesWithoutThem() throws IOException {
        start(true);
        for (int i = 0; i < 5; i++) {
            apis.createSalesforceContact(Map.of("LastName", "Person" + i, "Email", "p" + i + "@example.com",
                    "Title", "Role " + i, "Customer_Tier__c", "Gold"));
        }
        String onlyInGenesys = apis.createGenesysContact(SandboxApis.JSON.createObjectNode()
                .put("firstName", "Grace").put("lastName", "Hopper").put("workEmail", "grace@example.com"));
        sync.runUntilQuiet(3);
        int conflictsBefore = sync.store().conflicts().list(null, null, 100).size();

        sync.restartWith("SYNC_MAPPING_FILE", Files.writeString(data.resolve("both-ways.yaml"), """
                extends: classpath:mapping/contact-mapping.yaml
                fields:
                  customerTier:
                    type: picklist
                    salesforce: { field: Customer_Tier__c }
                    genesys: { path: customFields.customerTier_enum }
                    values: { Gold: gold, Silver: silver, Bronze: bronze }
                """).toString());
        sync.runUntilQuiet(3);

        assertThat(sync.store().conflicts().list(null, null, 100)).as("no conflict from the switch or the new field")
                .hasSize(conflictsBefore);
        assertThat(apis.salesforceContacts()).as("the Genesys Cloud contact is created in Salesforce").hasSize(6)
                .anySatisfy(contact -> assertThat(contact.path("Email").asText()).isEqualTo("grace@example.com"));
        assertThat(apis.genesysContacts()).hasSize(6).filteredOn(contact -> !contact.path("id").asText()
                        .equals(onlyInGenesys))
                .allSatisfy(contact -> assertThat(contact.path("customFields").path("customerTier_enum").asText())
                        .as("the new field settled").isEqualTo("gold"));
    }
}
