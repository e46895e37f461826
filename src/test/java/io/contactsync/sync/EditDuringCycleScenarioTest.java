package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.ReviewKind;
import io.contactsync.store.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A person edits a contact while a cycle is still writing it: the sync's own write never overwrites the edit. */
class EditDuringCycleScenarioTest {

    private static final String SALESFORCE_COLLECTIONS = "/services/data/v[0-9.]+/composite/sobjects";
    private static final String GENESYS_CREATE = "/api/v2/externalcontacts/bulk/contacts/add";
    private static final String GENESYS_FETCH = "/api/v2/externalcontacts/bulk/contacts";
    private static final String EMAIL = "ada.lovelace@example.com";

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        apis = sync.apis;
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void aGenesysEditMadeWhileTheSalesforceCreateIsInFlightReachesBothSides() {
        ObjectNode contact = SandboxApis.JSON.createObjectNode().put("firstName", "Ada").put("lastName", "Lovelace")
                .put("workEmail", EMAIL);
        String genesysId = apis.createGenesysContact(contact);
        // the Genesys Cloud poll is done and the Salesforce create is held in the emulator
        CompletableFuture<RunSummary> creating = apis.whileHeld(Side.SALESFORCE, "POST", SALESFORCE_COLLECTIONS, 8000,
                sync::runCycle);
        apis.updateGenesysContact(genesysId, c -> c.set("cellPhone",
                SandboxApis.JSON.createObjectNode().put("display", "+1 317 555 0199")));
        RunSummary first = creating.join();
        sync.runUntilQuiet(3);

        JsonNode salesforce = apis.salesforceContacts().stream()
                .filter(c -> EMAIL.equals(c.path("Email").asText())).findFirst().orElseThrow();
        assertThat(salesforce.path("MobilePhone").asText()).isEqualTo("+13175550199");
        assertThat(apis.genesysContact(genesysId).path("cellPhone").path("e164").asText()).isEqualTo("+13175550199");
        assertThat(sync.store().conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 10)).as("conflicts recorded")
                .isEmpty();
        assertThat(sync.store().conflicts().list(null, ConflictStatus.OPEN, 10)).as("conflicts open").isEmpty();
        assertThat(first.counts().createdInSalesforce()).as("contacts the first run created in Salesforce")
                .isEqualTo(1);
    }

    @Test
    void aSalesforceEditMadeWhileTheGenesysCreateIsInFlightReachesBothSides() {
        String salesforceId = apis.createSalesforceContact(Map.of("FirstName", "Ada", "LastName", "Lovelace",
                "Email", EMAIL));
        // the Salesforce poll is done and the Genesys Cloud create is held in the emulator
        CompletableFuture<RunSummary> creating = apis.whileHeld(Side.GENESYS, "POST", GENESYS_CREATE, 8000,
                sync::runCycle);
        apis.updateSalesforceContact(salesforceId, Map.of("MobilePhone", "+13175550199"));
        RunSummary first = creating.join();
        sync.runUntilQuiet(3);

        String genesysId = apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText();
        assertThat(apis.genesysContact(genesysId).path("cellPhone").path("e164").asText()).isEqualTo("+13175550199");
        assertThat(apis.salesforceContact(salesforceId).path("MobilePhone").asText()).isEqualTo("+13175550199");
        assertThat(sync.store().conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 10)).as("conflicts recorded")
                .isEmpty();
        assertThat(sync.store().conflicts().list(null, ConflictStatus.OPEN, 10)).as("conflicts open").isEmpty();
        assertThat(first.counts().createdInGenesys()).as("contacts the first run created in Genesys Cloud")
                .isEqualTo(1);
    }

    @Test
    void aTargetDeletedWhileItsUpdateIsInFlightIsDecidedAgainAsADeleteAgainstAnEditNotSkipped() {
        String salesforceId = apis.createSalesforceContact(Map.of("FirstName", "Ada", "LastName", "Lovelace",
                "Email", EMAIL));
        sync.runUntilQuiet(3);
        String genesysId = apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText();
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "Countess"));
        // the update is decided; the freshness fetch just before writing it is held in the emulator
        CompletableFuture<RunSummary> updating = apis.whileHeld(Side.GENESYS, "POST", GENESYS_FETCH, 4000,
                sync::runCycle);
        apis.deleteGenesysContact(genesysId);
        RunSummary first = updating.join();
        RunSummary next = sync.runCycle();

        assertThat(first.counts().updatedInGenesys()).as("updates the first run counted").isZero();
        // the next run meets the delete and the Salesforce edit it would lose: an operator decides
        assertThat(next.counts().ambiguous()).isEqualTo(1);
        assertThat(sync.store().reviews().list(null, ReviewStatus.OPEN, 10)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(ReviewKind.DELETE_CONFLICT);
            assertThat(item.salesforceIds()).containsExactly(salesforceId);
        });
        assertThat(apis.genesysContacts()).as("Genesys Cloud contacts (the deleted one not re-created)").isEmpty();
        assertThat(apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("Countess");
    }
}
