package io.contactsync.sync;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's header says which way the sync runs: both ways by default, one way as the mapping says. */
class DashboardOneWayBrowserTest extends BrowserScenario {

    @Test
    void theHeaderNamesAOneWayDeploymentAndWhatItWritesToItsSource() throws IOException {
        Path mapping = Files.writeString(data.resolve("one-way.yaml"), """
                extends: classpath:mapping/contact-mapping.yaml
                direction: GENESYS_TO_SALESFORCE
                linkIdsInSource: false
                fields:
                  firstName: { type: text, salesforce: { field: FirstName }, genesys: { path: firstName } }
                  lastName: { type: text, salesforce: { field: LastName, required: true }, genesys: { path: lastName } }
                  title: { type: text, salesforce: { field: Title }, genesys: { path: title } }
                """);
        sync = new SyncHarness(data, Map.of("SYNC_MAPPING_FILE", mapping.toString()));
        page = new DashboardPage(profile);

        page.open(sync.adminUrl() + "/");

        page.waitFor(() -> page.text("#direction").startsWith("One-way"));
        assertThat(page.text("#direction")).isEqualTo(
                "One-way: Genesys Cloud \u2192 Salesforce; nothing is written to Genesys Cloud");
    }
}
