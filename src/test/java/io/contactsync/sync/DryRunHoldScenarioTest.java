package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.store.LinkStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dry run while most linked contacts are gone from one side: it says a cycle would be held, records no hold, and
 * shows what the run would do once confirmed; the cycle after it is held as before.
 */
class DryRunHoldScenarioTest {

    private static final int CONTACTS = 6;

    @TempDir
    Path data;
    SyncHarness sync;

    @BeforeEach
    void start() throws IOException {
        Path policies = Files.writeString(data.resolve("policies.yaml"),
                "massDisappearance: {maxFraction: 0.5, minLinks: 4}\n");
        sync = new SyncHarness(data, Map.of("SYNC_POLICIES_FILE", policies.toString()));
        sync.apis.seedBoth(Map.of("count", CONTACTS, "seed", 5, "sharedShare", 1.0, "differingShare", 0.0));
        sync.runUntilQuiet(3);
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void saysACycleWouldBeHeldWithoutHoldingAndTheNextCycleIsHeld() {
        for (JsonNode contact : sync.apis.genesysContacts()) {
            sync.apis.deleteGenesysContact(contact.path("id").asText());
        }

        AdminClient.Answer preview = new AdminClient(sync.adminUrl()).post("/api/sync/run?dryRun=true", null);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().path("holdReason").asText()).contains(CONTACTS + " of " + CONTACTS);
        JsonNode counts = preview.body().path("counts");
        assertThat(counts.path("unlinks").asInt() + counts.path("deleteInSalesforce").asInt()).isEqualTo(CONTACTS);
        assertThat(sync.store().disappearanceHolds().recent(5)).isEmpty();
        assertThat(sync.store().links().count(LinkStatus.ACTIVE)).isEqualTo(CONTACTS);
        assertThat(sync.apis.salesforceContacts()).hasSize(CONTACTS);
        assertThat(sync.runCycle().status()).isEqualTo("HELD");
    }
}
