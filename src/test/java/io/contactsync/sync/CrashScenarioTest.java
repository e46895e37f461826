package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.ConflictStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync stops between creating a contact on one side and storing its link, or the create's answer is lost (the
 * service applied it, then the connection dropped); the process restarts, and meanwhile a person edits the
 * original. The contact is not created twice, and the edit reaches both sides: the sync's own create is no edit.
 */
class CrashScenarioTest {

    private static final String SALESFORCE_COLLECTIONS = "/services/data/v[0-9.]+/composite/sobjects";
    private static final String GENESYS_CREATE = "/api/v2/externalcontacts/bulk/contacts/add";
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
    void aSalesforceCreateWhoseLinkWasNeverStoredIsNotRepeatedAndAGenesysEditMadeMeanwhileSurvives() {
        String genesysId = apis.createGenesysContact(SandboxApis.JSON.createObjectNode().put("firstName", "Ada")
                .put("lastName", "Lovelace").put("workEmail", EMAIL));
        sync.runCycle();
        sync.restartAsIfKilledBeforeTheFirstCycleStoredItsLinks();
        apis.updateGenesysContact(genesysId, c -> c.set("cellPhone",
                SandboxApis.JSON.createObjectNode().put("display", "+1 317 555 0199")));
        sync.runUntilQuiet(4);

        List<JsonNode> salesforce = withEmail(apis.salesforceContacts(), "Email");
        assertThat(salesforce).as("Salesforce contacts of the person").hasSize(1);
        assertThat(salesforce.get(0).path("MobilePhone").asText()).isEqualTo("+13175550199");
        assertThat(salesforce.get(0).path("External_Genesys_ID__c").asText()).isEqualTo(genesysId);
        assertThat(withEmail(apis.genesysContacts(), "workEmail")).as("Genesys Cloud contacts of the person")
                .hasSize(1);
        assertThat(apis.genesysContact(genesysId).path("cellPhone").path("e164").asText()).isEqualTo("+13175550199");
        assertNoConflictAndSynced();
    }

    @Test
    void aGenesysCreateWhoseLinkWasNeverStoredIsNotRepeatedAndASalesforceEditMadeMeanwhileSurvives() {
        String salesforceId = apis.createSalesforceContact(Map.of("FirstName", "Ada", "LastName", "Lovelace",
                "Email", EMAIL));
        sync.runCycle();
        sync.restartAsIfKilledBeforeTheFirstCycleStoredItsLinks();
        apis.updateSalesforceContact(salesforceId, Map.of("MobilePhone", "+13175550199"));
        sync.runUntilQuiet(4);

        List<JsonNode> genesys = withEmail(apis.genesysContacts(), "workEmail");
        assertThat(genesys).as("Genesys Cloud contacts of the person").hasSize(1);
        assertThat(genesys.get(0).path("cellPhone").path("e164").asText()).isEqualTo("+13175550199");
        assertThat(withEmail(apis.salesforceContacts(), "Email")).as("Salesforce contacts of the person").hasSize(1);
        assertThat(apis.salesforceContact(salesforceId).path("MobilePhone").asText()).isEqualTo("+13175550199");
        assertThat(apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText())
                .isEqualTo(genesys.get(0).path("id").asText());
        assertNoConflictAndSynced();
    }

    @Test
    void createsWhoseAnswerWasLostAreNotRepeated() {
        apis.createGenesysContact(SandboxApis.JSON.createObjectNode().put("firstName", "Ada")
                .put("lastName", "Lovelace").put("workEmail", EMAIL));
        apis.createSalesforceContact(Map.of("FirstName", "Grace", "LastName", "Hopper", "Email", "grace@example.com"));
        loseTheAnswerOfTheNext(Side.SALESFORCE, SALESFORCE_COLLECTIONS);
        loseTheAnswerOfTheNext(Side.GENESYS, GENESYS_CREATE);
        sync.runCycle();
        sync.restart();
        sync.runUntilQuiet(4);

        SyncAssertions.assertEmailsOnBothSides(apis, Set.of(EMAIL, "grace@example.com"));
        assertNoConflictAndSynced();
    }

    private void loseTheAnswerOfTheNext(Side side, String path) {
        ObjectNode fault = SandboxApis.JSON.createObjectNode().put("kind", "lost-answer").put("method", "POST")
                .put("path", path).put("count", 1);
        if (side == Side.SALESFORCE) {
            apis.salesforceControl("POST", "/faults", fault);
        } else {
            apis.genesysControl("POST", "/faults", fault);
        }
    }

    private void assertNoConflictAndSynced() {
        assertThat(sync.store().conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 10)).as("conflicts recorded")
                .isEmpty();
        assertThat(sync.store().conflicts().list(null, ConflictStatus.OPEN, 10)).as("conflicts open").isEmpty();
        SyncAssertions.assertConverged(apis);
    }

    private static List<JsonNode> withEmail(List<JsonNode> contacts, String emailField) {
        return contacts.stream().filter(c -> EMAIL.equals(c.path(emailField).asText())).toList();
    }
}
