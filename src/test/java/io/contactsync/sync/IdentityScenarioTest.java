package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/** Identity: links rebuilt from external ids, and no create that would duplicate a contact. */
class IdentityScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;

    @BeforeEach
    void syncASeed() {
        sync = new SyncHarness(data.resolve("first"));
        apis = sync.apis;
        Map<String, Object> seed = Map.of("count", 6, "seed", 4, "sharedShare", 0.5, "differingShare", 0.0);
        apis.salesforceControl("POST", "/seed", seed);
        apis.genesysControl("POST", "/seed", seed);
        sync.runUntilQuiet(3);
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void linksAreRebuiltFromTheExternalIdsWhenTheStateStoreIsLost() {
        int salesforce = apis.salesforceContacts().size();
        int genesys = apis.genesysContacts().size();

        sync.restartWithEmptyStore(data.resolve("second"));
        RunSummary run = sync.runCycle();

        assertThat(run.counts().createdInGenesys() + run.counts().createdInSalesforce()).isZero();
        assertThat(run.counts().ambiguous()).isZero();
        assertThat(apis.salesforceContacts()).hasSize(salesforce);
        assertThat(apis.genesysContacts()).hasSize(genesys);
        assertThat(sync.store().links().count(CONTACT, LinkStatus.ACTIVE)).isEqualTo(salesforce);
    }

    @Test
    void aContactCreatedButNotYetLinkedBeforeACrashIsLinkedNotDuplicated() {
        // as left by a crash between the create in Genesys Cloud and the write-back to Salesforce
        String salesforceId = apis.createSalesforceContact(Map.of("LastName", "Halfway", "Email", "halfway@example.com"));
        ObjectNode genesys = SandboxApis.JSON.createObjectNode().put("lastName", "Halfway")
                .put("workEmail", "halfway@example.com")
                .put("externalSystemUrl", "http://localhost/lightning/r/Contact/" + salesforceId + "/view");
        String genesysId = apis.createGenesysContact(genesys);

        RunSummary run = sync.runCycle();

        assertThat(run.counts().createdInGenesys() + run.counts().createdInSalesforce()).isZero();
        assertThat(apis.genesysContacts()).filteredOn(c -> c.path("workEmail").asText().equals("halfway@example.com"))
                .hasSize(1);
        assertThat(apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText()).isEqualTo(genesysId);
    }

    @Test
    void aNewContactWithTheEmailOfALinkedOneGoesToReviewInsteadOfBeingCreated() {
        JsonNode linked = apis.salesforceContacts().get(0);
        String email = linked.path("Email").asText();
        int salesforceBefore = apis.salesforceContacts().size();
        ObjectNode twin = SandboxApis.JSON.createObjectNode().put("lastName", "Twin").put("workEmail", email);
        String twinId = apis.createGenesysContact(twin);

        RunSummary run = sync.runCycle();

        assertThat(run.counts().createdInSalesforce()).isZero();
        assertThat(run.counts().ambiguous()).isEqualTo(1);
        assertThat(apis.salesforceContacts()).hasSize(salesforceBefore);
        assertThat(sync.store().reviews().list(null, ReviewStatus.OPEN, 5)).singleElement()
                .satisfies(r -> assertThat(r.genesysIds()).contains(twinId));
    }

    @Test
    void aNewSalesforceContactWithTheEmailOfAnUnlinkedGenesysContactIsNotCreatedThere() {
        ObjectNode stray = SandboxApis.JSON.createObjectNode().put("lastName", "Stray").put("workEmail", "stray@example.com");
        String strayId = apis.createGenesysContact(stray);
        apis.createSalesforceContact(Map.of("LastName", "Stray", "FirstName", "Other", "Email", "stray@example.com"));
        apis.createSalesforceContact(Map.of("LastName", "Stray", "FirstName", "Third", "Email", "stray@example.com"));

        sync.runCycle();

        List<JsonNode> strays = apis.genesysContacts().stream()
                .filter(c -> c.path("workEmail").asText().equals("stray@example.com")).toList();
        assertThat(strays).singleElement().satisfies(c -> assertThat(c.path("id").asText()).isEqualTo(strayId));
        assertThat(sync.store().reviews().list(null, ReviewStatus.OPEN, 5)).isNotEmpty();
    }
}
