package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.store.LinkStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's Preview (dry run): what a cycle would do, shown without anything written, and the report's links. */
class DashboardPreviewBrowserTest extends BrowserScenario {

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.seedBothSides(6, 3);
        page = new DashboardPage(profile);
    }

    @Test
    void previewShowsTheCountsAndLinksTheReportWithoutWritingAnything() {
        page.open(sync.adminUrl() + "/");
        page.waitFor(() -> page.find("#preview-sync").isEnabled());

        page.click("#preview-sync");

        assertThat(page.message().getText()).startsWith("Dry run: nothing was written; a cycle now would act on ");
        page.waitFor(() -> page.find("#preview-section").isDisplayed());
        String jsonPath = page.find("#preview-json").getDomAttribute("data-path");
        JsonNode report = new AdminClient(sync.adminUrl()).get(jsonPath).body();
        JsonNode counts = report.path("counts");
        assertThat(page.text("#preview-counts")).startsWith("A cycle now would create "
                + counts.path("createInSalesforce").asInt() + " in Salesforce and "
                + counts.path("createInGenesys").asInt() + " in Genesys Cloud");
        assertThat(page.find("#preview-csv").getDomAttribute("data-path")).isEqualTo(jsonPath + ".csv");
        assertThat(page.findAll("#runs tbody tr[data-run-id]")).isEmpty();
        assertThat(sync.store().links().count(CONTACT, LinkStatus.ACTIVE)).isZero();
    }
}
