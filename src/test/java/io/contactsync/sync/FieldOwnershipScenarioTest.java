package io.contactsync.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.Conflict;
import io.contactsync.store.ConflictStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged mapping's ownership, end to end: names and title flow from Salesforce only, tags from Genesys Cloud
 * only. An edit on a field's non-owning side is put back on the next cycle and journalled as the losing value of
 * a conflict its owner won, never silently.
 */
class FieldOwnershipScenarioTest {

    private static final String SCHEMA = "Contact sync fields";

    @TempDir
    Path data;

    SyncHarness sync;
    SandboxApis apis;
    String salesforceId;
    String genesysId;

    @BeforeEach
    void linkOneContact() {
        sync = new SyncHarness(data);
        apis = sync.apis;
        salesforceId = apis.createSalesforceContact(Map.of("LastName", "Lovelace", "Email", "ada@example.com",
                "Title", "Countess"));
        sync.runUntilQuiet(3);
        genesysId = sync.store().links().findByRecordId(Side.SALESFORCE, salesforceId).orElseThrow().genesysId();
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void aGenesysTagReachesSalesforceAndAGenesysTitleEditIsPutBackAndJournalled() {
        apis.updateGenesysContact(genesysId, contact -> {
            contact.put("title", "Chief Analyst");
            contact.set("schema", apis.genesysSchemaReference(SCHEMA));
            contact.putObject("customFields").putArray("tags_tag").add("vip").add("callback");
        });

        sync.runCycle();

        assertThat(apis.salesforceContact(salesforceId).path("Genesys_Tags__c").asText()).isEqualTo("callback;vip");
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("Countess");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).as("put back").isEqualTo("Countess");
        assertThat(apis.genesysContact(genesysId).path("customFields").path("tags_tag"))
                .extracting(node -> node.asText()).containsExactly("vip", "callback");
        assertThat(conflictsOn("title")).singleElement().satisfies(conflict -> {
            assertThat(conflict.details().genesysValue()).as("the losing value").isEqualTo("Chief Analyst");
            assertThat(conflict.details().winner()).isEqualTo(Side.SALESFORCE);
            assertThat(conflict.details().status()).isEqualTo(ConflictStatus.AUTO_RESOLVED);
        });
        assertThat(sync.runCycle().counts().conflicts()).as("settled: nothing found again").isZero();
    }

    @Test
    void aSalesforceEditOfTheTagsIsPutBackFromGenesysAndJournalled() {
        apis.updateGenesysContact(genesysId, contact -> {
            contact.set("schema", apis.genesysSchemaReference(SCHEMA));
            ObjectNode fields = contact.putObject("customFields");
            fields.putArray("tags_tag").add("vip");
        });
        sync.runCycle();
        apis.updateSalesforceContact(salesforceId, Map.of("Genesys_Tags__c", "vip;gold", "Title", "Lady"));

        sync.runCycle();

        assertThat(apis.salesforceContact(salesforceId).path("Genesys_Tags__c").asText()).as("put back")
                .isEqualTo("vip");
        assertThat(apis.genesysContact(genesysId).path("customFields").path("tags_tag"))
                .extracting(node -> node.asText()).containsExactly("vip");
        assertThat(apis.genesysContact(genesysId).path("title").asText()).as("the owner's edit flows")
                .isEqualTo("Lady");
        assertThat(conflictsOn("tags")).singleElement().satisfies(conflict -> {
            assertThat(conflict.details().salesforceValue()).as("the losing value").isEqualTo("gold;vip");
            assertThat(conflict.details().winner()).isEqualTo(Side.GENESYS);
        });
        assertThat(conflictsOn("title")).isEmpty();
    }

    private List<Conflict> conflictsOn(String field) {
        return sync.store().conflicts().list(null, null, 50).stream()
                .filter(conflict -> conflict.details().field().equals(field)).toList();
    }
}
