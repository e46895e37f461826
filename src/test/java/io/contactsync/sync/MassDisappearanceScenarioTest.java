package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.store.LinkStatus;
import io.contactsync.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An emptied Genesys Cloud: whatever the delete policy, the run is held before deleting or unlinking anything, an
 * alert is raised, and only after an operator confirms does the next run act. The threshold comes from the policies
 * file (here: more than half of at least 4 links). A dry run meanwhile says a run would be held, and holds nothing.
 */
class MassDisappearanceScenarioTest {

    private static final int CONTACTS = 6;

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;
    AdminClient admin;

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void propagateHoldsAnEmptiedGenesysUntilConfirmedThenDeletes() throws IOException {
        linkedThenGenesysEmptied("PROPAGATE");

        heldWithNothingChanged();

        confirm();
        RunSummary acted = sync.runCycle();
        assertThat(acted.status()).isEqualTo("SUCCEEDED");
        assertThat(acted.counts().deleted()).isEqualTo(CONTACTS);
        assertThat(apis.salesforceContacts()).isEmpty();
    }

    @Test
    void theDefaultPolicyHoldsAnEmptiedGenesysUntilConfirmedThenUnlinksAndCountsIt() throws IOException {
        linkedThenGenesysEmptied(null);

        heldWithNothingChanged();

        confirm();
        RunSummary acted = sync.runCycle();
        assertThat(acted.status()).isEqualTo("SUCCEEDED");
        assertThat(acted.counts().unlinked()).isEqualTo(CONTACTS);
        assertThat(acted.counts().deleted()).isZero();
        assertThat(apis.salesforceContacts()).hasSize(CONTACTS);
        assertThat(sync.store().links().count(CONTACT, LinkStatus.DELETED_IN_GENESYS)).isEqualTo(CONTACTS);
    }

    @Test
    void confirmingNeedsAnOpenHoldAndAName() throws IOException {
        linkedThenGenesysEmptied(null);

        assertThat(admin.post("/api/sync/confirm-disappearance", "{\"by\":\"ops\"}").status()).isEqualTo(409);
        sync.runCycle();
        assertThat(admin.post("/api/sync/confirm-disappearance", "{}").status()).isEqualTo(400);
        assertThat(sync.runCycle().status()).as("still held").isEqualTo("HELD");
    }

    @Test
    void aDryRunSaysTheRunWouldBeHeldAndWhatItWouldDoOnceConfirmedNeitherHoldingNorUsingTheConfirmation()
            throws IOException {
        linkedThenGenesysEmptied(null);

        JsonNode held = dryRun();

        assertThat(held.path("holdReason").asText())
                .contains(CONTACTS + " of " + CONTACTS + " linked contacts are gone from Genesys Cloud");
        assertThat(held.path("counts").path("unlinks").asInt()).isEqualTo(CONTACTS);
        assertThat(admin.get("/api/sync/holds").body()).isEmpty();
        heldWithNothingChanged();
        confirm();
        JsonNode confirmed = dryRun();
        assertThat(confirmed.path("holdReason").isNull()).as("no hold once confirmed").isTrue();
        assertThat(confirmed.path("counts").path("unlinks").asInt()).isEqualTo(CONTACTS);
        RunSummary acted = sync.runCycle();
        assertThat(acted.status()).as("the confirmation is still there").isEqualTo("SUCCEEDED");
        assertThat(acted.counts().unlinked()).isEqualTo(CONTACTS);
    }

    private JsonNode dryRun() {
        AdminClient.Answer answer = admin.post("/api/sync/run?dryRun=true", null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private void linkedThenGenesysEmptied(String deletePolicy) throws IOException {
        Path policies = Files.writeString(data.resolve("policies.yaml"),
                (deletePolicy == null ? "" : "deletePolicy: " + deletePolicy + "\n")
                        + "massDisappearance: {maxFraction: 0.5, minLinks: 4}\n");
        sync = new SyncHarness(data, Map.of("SYNC_POLICIES_FILE", policies.toString()));
        apis = sync.apis;
        admin = new AdminClient(sync.adminUrl());
        apis.seedBoth(Map.of("count", CONTACTS, "seed", 5, "sharedShare", 1.0, "differingShare", 0.0));
        sync.runUntilQuiet(3);
        assertThat(sync.store().links().count(CONTACT, LinkStatus.ACTIVE)).isEqualTo(CONTACTS);
        for (JsonNode contact : apis.genesysContacts()) {
            apis.deleteGenesysContact(contact.path("id").asText());
        }
    }

    /** Two runs in a row are held: nothing deleted or unlinked, the alert raised, the hold listed. */
    private void heldWithNothingChanged() {
        RunSummary held;
        try (LogCapture log = LogCapture.start()) {
            held = sync.runCycle();
            assertThat(log.lines()).anyMatch(line -> line.contains("ALERT MASS_DISAPPEARANCE")
                    && line.contains(CONTACTS + " of " + CONTACTS + " linked contacts are gone from Genesys Cloud"));
        }
        assertThat(held.status()).isEqualTo("HELD");
        assertThat(sync.runCycle().status()).as("waits for an operator").isEqualTo("HELD");
        assertThat(apis.salesforceContacts()).hasSize(CONTACTS);
        assertThat(apis.genesysContacts()).isEmpty();
        assertThat(sync.store().links().count(CONTACT, LinkStatus.ACTIVE)).isEqualTo(CONTACTS);
        JsonNode holds = admin.get("/api/sync/holds").body();
        assertThat(holds).singleElement().satisfies(hold -> {
            assertThat(hold.path("status").asText()).isEqualTo("OPEN");
            assertThat(hold.path("side").asText()).isEqualTo("GENESYS");
            assertThat(hold.path("gone").asInt()).isEqualTo(CONTACTS);
        });
    }

    private void confirm() {
        AdminClient.Answer answer = admin.post("/api/sync/confirm-disappearance", "{\"by\":\"ops on call\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(admin.get("/api/sync/holds").body().get(0).path("confirmedBy").asText()).isEqualTo("ops on call");
    }
}
