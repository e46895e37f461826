package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.ContactLink;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.ReviewKind;
import io.contactsync.store.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A linked contact deleted on one side, under each delete policy: never resurrected, never lost silently. */
class DeleteScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;
    String salesforceId;
    String genesysId;

    void syncWithDeletePolicy(String policy) throws IOException {
        Path policies = Files.writeString(data.resolve("policies.yaml"), "deletePolicy: " + policy + "\n"
                + "fieldPolicies:\n  title: MANUAL\n");
        sync = new SyncHarness(data, Map.of("SYNC_POLICIES_FILE", policies.toString(),
                "SYNC_MAPPING_FILE", TwoWayTitle.mappingIn(data)));
        apis = sync.apis;
        Map<String, Object> seed = Map.of("count", 5, "seed", 9, "sharedShare", 1.0, "differingShare", 0.0);
        apis.salesforceControl("POST", "/seed", seed);
        apis.genesysControl("POST", "/seed", seed);
        sync.runUntilQuiet(3);
        JsonNode contact = apis.salesforceContacts().get(0);
        salesforceId = contact.path("Id").asText();
        genesysId = contact.path("External_Genesys_ID__c").asText();
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void unlinkKeepsTheOtherSideAndNeverRecreatesTheDeletedOne() throws IOException {
        syncWithDeletePolicy("UNLINK");
        apis.deleteSalesforceContact(salesforceId);

        sync.runCycle();
        sync.runCycle();

        assertThat(apis.salesforceContacts()).hasSize(4).noneMatch(c -> c.path("Id").asText().equals(salesforceId));
        assertThat(apis.genesysContact(genesysId).path("id").asText()).isEqualTo(genesysId);
        assertThat(apis.genesysContacts()).hasSize(5);
        assertThat(link(Side.GENESYS, genesysId).status()).isEqualTo(LinkStatus.DELETED_IN_SALESFORCE);
    }

    @Test
    void unlinkAfterADeleteInGenesysKeepsSalesforce() throws IOException {
        syncWithDeletePolicy("UNLINK");
        apis.deleteGenesysContact(genesysId);

        RunSummary run = sync.runCycle();
        sync.runCycle();

        assertThat(run.counts().unlinked()).as("the run counts the link it retired").isEqualTo(1);
        assertThat(run.counts().deleted()).isZero();
        assertThat(apis.genesysContacts()).hasSize(4);
        assertThat(apis.salesforceContacts()).hasSize(5);
        assertThat(link(Side.SALESFORCE, salesforceId).status()).isEqualTo(LinkStatus.DELETED_IN_GENESYS);
    }

    @Test
    void propagateDeletesTheOtherSideToo() throws IOException {
        syncWithDeletePolicy("PROPAGATE");
        apis.deleteGenesysContact(genesysId);

        RunSummary run = sync.runCycle();
        sync.runCycle();

        assertThat(run.counts().deleted()).isEqualTo(1);
        assertThat(apis.genesysContacts()).hasSize(4);
        assertThat(apis.salesforceContacts()).hasSize(4).noneMatch(c -> c.path("Id").asText().equals(salesforceId));
        assertThat(link(Side.SALESFORCE, salesforceId).status().isTombstone()).isTrue();
    }

    @Test
    void ignoreLeavesBothSidesAsTheyAre() throws IOException {
        syncWithDeletePolicy("IGNORE");
        apis.deleteSalesforceContact(salesforceId);

        RunSummary run = sync.runCycle();

        assertThat(run.counts().deleted()).isZero();
        assertThat(apis.salesforceContacts()).hasSize(4);
        assertThat(apis.genesysContacts()).hasSize(5);
        assertThat(link(Side.GENESYS, genesysId).status()).isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void aDeleteAgainstAnEditGoesToReview() throws IOException {
        syncWithDeletePolicy("PROPAGATE");
        apis.updateGenesysContact(genesysId, c -> c.put("title", "Still here"));
        apis.deleteSalesforceContact(salesforceId);

        sync.runCycle();

        assertThat(apis.genesysContact(genesysId).path("title").asText()).isEqualTo("Still here");
        assertThat(apis.salesforceContacts()).hasSize(4);
        assertThat(sync.store().reviews().list(null, ReviewStatus.OPEN, 10)).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(ReviewKind.DELETE_CONFLICT));
    }

    @Test
    void aDeleteAgainstAnEditClosesItselfOnceTheEditedSideIsDeletedToo() throws IOException {
        syncWithDeletePolicy("PROPAGATE");
        apis.updateGenesysContact(genesysId, c -> c.put("title", "Still here"));
        apis.deleteSalesforceContact(salesforceId);
        sync.runCycle();
        long review = sync.store().reviews().list(null, ReviewStatus.OPEN, 10).get(0).id();

        apis.deleteGenesysContact(genesysId);
        RunSummary run = sync.runCycle();

        assertThat(sync.store().reviews().get(review).orElseThrow().status()).isEqualTo(ReviewStatus.NO_LONGER_NEEDED);
        assertThat(link(Side.SALESFORCE, salesforceId).status()).isEqualTo(LinkStatus.DELETED_IN_BOTH);
        assertThat(run.counts().ambiguous()).isZero();
        assertThat(apis.salesforceContacts()).hasSize(4);
        assertThat(apis.genesysContacts()).hasSize(4);
    }

    @Test
    void anOpenConflictOfAPairDeletedOnBothSidesClosesAsPairRetired() throws IOException {
        syncWithDeletePolicy("UNLINK");
        apis.updateSalesforceContact(salesforceId, Map.of("Title", "Engineer"));
        apis.updateGenesysContact(genesysId, c -> c.put("title", "Architect"));
        sync.runCycle();
        long conflict = sync.store().conflicts().list(null, ConflictStatus.OPEN, 10).get(0).id();
        // a delete against the other side's edit waits for an operator; the conflict with it
        apis.deleteSalesforceContact(salesforceId);
        sync.runCycle();
        assertThat(sync.store().conflicts().get(conflict).orElseThrow().details().status())
                .isEqualTo(ConflictStatus.OPEN);

        apis.deleteGenesysContact(genesysId);
        sync.runCycle();

        assertThat(sync.store().conflicts().get(conflict).orElseThrow().details().status())
                .isEqualTo(ConflictStatus.PAIR_RETIRED);
        assertThat(link(Side.GENESYS, genesysId).status()).isEqualTo(LinkStatus.DELETED_IN_BOTH);
        assertThat(sync.store().reviews().list(null, ReviewStatus.OPEN, 10)).isEmpty();
    }

    private ContactLink link(Side side, String id) {
        return sync.store().links().findByRecordId(side, id).orElseThrow();
    }
}
