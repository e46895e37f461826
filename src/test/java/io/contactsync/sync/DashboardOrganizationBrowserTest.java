package io.contactsync.sync;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.Conflict;
import io.contactsync.store.ConflictStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizations beside contacts on the dashboard, in a real headless Chromium against the real sync on the sandbox:
 * an organization's conflict says it is one, and the header counts the linked organizations and contacts.
 */
class DashboardOrganizationBrowserTest extends BrowserScenario {

    @Test
    void anOrganizationRenamedInGenesysShowsAsAnOrganizationsConflictAndTheHeaderCountsWhatIsLinked() {
        sync = new SyncHarness(data);
        String initech = sync.apis.createSalesforceAccount(Map.of("Name", "Initech"));
        String peter = sync.apis.createSalesforceContact(Map.of("LastName", "Gibbons",
                "Email", "peter@initech.example", "AccountId", initech));
        sync.runUntilQuiet(3);
        String organization = sync.apis.salesforceAccount(initech).path("External_Genesys_ID__c").asText();
        sync.apis.updateGenesysOrganization(organization, org -> org.put("name", "Initech Global"));
        sync.runUntilQuiet(3);
        // Accounts are Salesforce's: the rename is put back in Genesys Cloud and recorded as a conflict it lost
        assertThat(sync.apis.genesysOrganization(organization).path("name").asText()).isEqualTo("Initech");
        assertThat(sync.apis.salesforceAccount(initech).path("Name").asText()).isEqualTo("Initech");
        List<Conflict> renames = sync.store().conflicts().list(MappedObject.ORGANIZATION, ConflictStatus.AUTO_RESOLVED, 10);
        assertThat(renames).singleElement().satisfies(rename -> {
            assertThat(rename.details().field()).isEqualTo("name");
            assertThat(rename.details().winner()).isEqualTo(Side.SALESFORCE);
        });
        String card = "#auto-conflicts .conflict[data-conflict-id='" + renames.get(0).id() + "']";
        page = new DashboardPage(profile);

        page.open(sync.adminUrl() + "/");

        page.waitForSection("auto-conflicts-section", () -> !page.findAll(card).isEmpty());
        assertThat(page.text(card + " .card-title .object-marker")).isEqualTo("organization");
        assertThat(page.find(card).getAttribute("data-object")).isEqualTo("ORGANIZATION");
        assertThat(page.text(card + " .card-title")).contains("name").contains(initech).contains(organization)
                .contains("won: \"Initech\"");
        assertThat(page.text(card + " .value.salesforce .text")).isEqualTo("Initech");
        assertThat(page.text(card + " .value.genesys .text")).isEqualTo("Initech Global");
        assertThat(page.findAll("#auto-conflicts .conflict:not([data-object='ORGANIZATION']) .object-marker"))
                .as("contacts' conflicts are not marked").isEmpty();
        // one Account with one contact, both linked
        assertThat(sync.apis.genesysContacts()).singleElement().satisfies(contact -> assertThat(
                contact.path("externalOrganization").path("id").asText()).isEqualTo(organization));
        assertThat(sync.apis.salesforceContact(peter).path("AccountId").asText()).isEqualTo(initech);
        page.waitForSection("status-section", () -> !page.text("#linked").isBlank());
        assertThat(page.text("#linked")).isEqualTo("Linked: 1 contact \u00b7 1 organization");
        page.screenshot("organization-conflict");
    }
}
