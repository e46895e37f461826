package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.store.HoldStatus;
import io.contactsync.store.LinkStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/** A run held by the mass-disappearance guard, as an operator sees it on the dashboard and confirms it there. */
class DashboardHoldBrowserTest extends BrowserScenario {

    private static final int CONTACTS = 6;

    @BeforeEach
    void start() throws IOException {
        Path policies = Files.writeString(data.resolve("policies.yaml"),
                "massDisappearance: {maxFraction: 0.5, minLinks: 4}\n");
        sync = new SyncHarness(data, Map.of("SYNC_POLICIES_FILE", policies.toString()));
        sync.apis.seedBoth(Map.of("count", CONTACTS, "seed", 5, "sharedShare", 1.0, "differingShare", 0.0));
        sync.runUntilQuiet(3);
        page = new DashboardPage(profile);
    }

    @Test
    void aHeldRunShowsABannerUntilTheOperatorConfirmsFromThePage() {
        page.open(sync.adminUrl() + "/");
        page.waitFor(() -> page.findAll("#runs tbody tr[data-run-id]").size() >= 1);
        assertThat(page.find("#hold-section").isDisplayed()).as("banner without a hold").isFalse();
        for (JsonNode contact : sync.apis.genesysContacts()) {
            sync.apis.deleteGenesysContact(contact.path("id").asText());
        }
        assertThat(sync.runCycle().status()).isEqualTo("HELD");

        page.click("#refresh");

        page.waitFor(() -> page.find("#hold-section").isDisplayed());
        assertThat(page.text("#hold .card-title")).startsWith("Syncing is held: " + CONTACTS + " of " + CONTACTS
                + " linked contacts are gone from Genesys Cloud");

        page.click("#hold button.confirm-disappearance");

        assertThat(page.message().getText()).contains("Confirmed");
        assertThat(sync.store().disappearanceHolds().recent(1)).singleElement().satisfies(hold -> {
            assertThat(hold.status()).isEqualTo(HoldStatus.CONFIRMED);
            assertThat(hold.confirmedBy()).isEqualTo("dashboard");
        });
        page.waitFor(() -> !page.find("#hold-section").isDisplayed());
        assertThat(sync.runCycle().status()).isEqualTo("SUCCEEDED");
        assertThat(sync.store().links().count(CONTACT, LinkStatus.DELETED_IN_GENESYS)).isEqualTo(CONTACTS);
    }
}
