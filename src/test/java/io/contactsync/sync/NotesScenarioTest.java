package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.api.ExternalContactsApi;
import com.mypurecloud.sdk.v2.model.Note;
import io.contactsync.cycle.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Genesys Cloud agents' notes on a linked contact reach the Salesforce contact's Genesys_Notes__c, newest
 * first, and the sync never writes Genesys Cloud for them.
 */
class NotesScenarioTest {

    private static final String NOTES_SCAN = "GET /api/v2/externalcontacts/scan/notes";

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;
    ExternalContactsApi genesys;
    String salesforceId;
    String genesysId;

    @BeforeEach
    void syncASmallSeed() {
        sync = new SyncHarness(data);
        apis = sync.apis;
        apis.seedBoth(Map.of("count", 4, "seed", 5, "sharedShare", 1.0, "differingShare", 0.0));
        sync.runUntilQuiet(3);
        JsonNode salesforce = apis.salesforceContacts().get(0);
        salesforceId = salesforce.path("Id").asText();
        genesysId = salesforce.path("External_Genesys_ID__c").asText();
        genesys = apis.genesysSdk();
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void notesAddedInGenesysReachSalesforceNewestFirstAndGenesysIsNeverWrittenForThem() throws Exception {
        Date modifiedBefore = genesys.getExternalcontactsContact(genesysId, null).getModifyDate();
        double notesScansBefore = notesScansCounted();
        apis.resetStats();

        genesys.postExternalcontactsContactNotes(genesysId, new Note().noteText("Prefers email"));
        RunSummary first = sync.runCycle();
        String afterFirst = notesInSalesforce();
        genesys.postExternalcontactsContactNotes(genesysId, new Note().noteText("Moved to Boston\nnew address"));
        RunSummary second = sync.runCycle();
        RunSummary quiet = sync.runCycle();

        assertThat(afterFirst).isEqualTo("Prefers email");
        assertThat(notesInSalesforce()).isEqualTo("Moved to Boston\nnew address\n\nPrefers email");
        assertThat(first.counts().updatedInSalesforce()).isEqualTo(1);
        assertThat(second.counts().updatedInSalesforce()).isEqualTo(1);
        assertThat(quiet.counts().updatedInSalesforce()).as("nothing new: nothing written").isZero();
        assertThat(first.counts().updatedInGenesys() + second.counts().updatedInGenesys()
                + quiet.counts().updatedInGenesys()).isZero();
        Map<String, Long> genesysCalls = apis.stats(false);
        assertThat(genesysCalls.keySet()).as("no Genesys Cloud contact or note written but the test's own notes")
                .noneMatch(call -> call.startsWith("PUT ") || call.startsWith("DELETE ")
                        || call.matches("POST .*/bulk/contacts/(add|update|remove)"));
        assertThat(genesysCalls.entrySet()).filteredOn(call -> call.getKey().matches("POST .*/notes"))
                .extracting(Map.Entry::getValue).containsExactly(2L);
        assertThat(genesysCalls).as("one notes scan page a cycle").containsEntry(NOTES_SCAN, 3L);
        assertThat(genesys.getExternalcontactsContact(genesysId, null).getModifyDate()).isEqualTo(modifiedBefore);
        assertThat(genesys.getExternalcontactsContactNotes(genesysId, null, null, null, null).getEntities())
                .extracting(Note::getNoteText).containsExactly("Moved to Boston\nnew address", "Prefers email");
        assertThat(notesScansCounted() - notesScansBefore).as("counted in the metrics like every call").isEqualTo(3.0);
    }

    @Test
    void aNoteAddedToAContactCreatedFromSalesforceReachesItsSalesforceContact() throws Exception {
        String created = apis.createSalesforceContact(Map.of("LastName", "Hopper", "Email", "grace@example.com"));
        sync.runCycle();
        String createdInGenesys = apis.salesforceContact(created).path("External_Genesys_ID__c").asText();

        genesys.postExternalcontactsContactNotes(createdInGenesys, new Note().noteText("Asked for a callback"));
        sync.runCycle();

        assertThat(createdInGenesys).isNotBlank();
        assertThat(apis.salesforceContact(created).path("Genesys_Notes__c").asText()).isEqualTo("Asked for a callback");
        assertThat(apis.salesforceContact(salesforceId).path("Genesys_Notes__c").isNull()).as("another contact's")
                .isTrue();
    }

    @Test
    void aSalesforceEditOfTheNotesIsPutBackFromGenesys() throws Exception {
        genesys.postExternalcontactsContactNotes(genesysId, new Note().noteText("Prefers email"));
        sync.runCycle();

        apis.updateSalesforceContact(salesforceId, Map.of("Genesys_Notes__c", "typed in Salesforce"));
        sync.runUntilQuiet(3);

        assertThat(notesInSalesforce()).isEqualTo("Prefers email");
        assertThat(genesys.getExternalcontactsContactNotes(genesysId, null, null, null, null).getEntities())
                .extracting(Note::getNoteText).containsExactly("Prefers email");
    }

    @Test
    void aSalesforceEditOfTheNotesOfAContactWithoutNotesIsCleared() {
        apis.updateSalesforceContact(salesforceId, Map.of("Genesys_Notes__c", "typed in Salesforce"));
        sync.runUntilQuiet(3);

        assertThat(apis.salesforceContact(salesforceId).path("Genesys_Notes__c").isNull()).isTrue();
    }

    @Test
    void notesTypedIntoANewSalesforceContactAreClearedFromGenesys() {
        String created = apis.createSalesforceContact(Map.of("LastName", "Hopper", "Email", "grace@example.com",
                "Genesys_Notes__c", "typed in Salesforce"));
        sync.runUntilQuiet(3);

        assertThat(apis.salesforceContact(created).path("External_Genesys_ID__c").asText()).isNotBlank();
        assertThat(apis.salesforceContact(created).path("Genesys_Notes__c").isNull()).isTrue();
    }

    private double notesScansCounted() {
        return new ManagementApi(sync.managementUrl()).metrics()
                .value("contactsync_api_calls_total", Map.of("system", "genesys", "endpoint", NOTES_SCAN))
                .orElseThrow();
    }

    private String notesInSalesforce() {
        return apis.salesforceContact(salesforceId).path("Genesys_Notes__c").asText();
    }
}
