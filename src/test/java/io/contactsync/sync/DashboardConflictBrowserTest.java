package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.MappedObject;
import io.contactsync.store.Conflict;
import io.contactsync.store.ConflictStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full operator flow of issue 5 in a real headless Chromium against the real sync: a conflict left OPEN
 * by a MANUAL policy is shown side by side and resolved from the page, and both systems then hold the chosen
 * value. Needs the conflict endpoints of the admin API contract ({@code GET /api/conflicts},
 * {@code POST /api/conflicts/{id}/resolve}).
 */
class DashboardConflictBrowserTest extends BrowserScenario {

    String salesforceId;
    String genesysId;

    @BeforeEach
    void seedAnOpenConflict() throws IOException {
        Path policies = Files.writeString(data.resolve("policies.yaml"), "fieldPolicies: {title: MANUAL}\n");
        sync = new SyncHarness(data, Map.of("SYNC_POLICIES_FILE", policies.toString(),
                "SYNC_MAPPING_FILE", TwoWayTitle.mappingIn(data)));
        Map<String, Object> seed = Map.of("count", 4, "seed", 3, "sharedShare", 1.0, "differingShare", 0.0);
        sync.apis.salesforceControl("POST", "/seed", seed);
        sync.apis.genesysControl("POST", "/seed", seed);
        sync.runUntilQuiet(4);
        JsonNode linked = sync.apis.salesforceContacts().stream()
                .filter(contact -> !contact.path("External_Genesys_ID__c").asText("").isEmpty())
                .findFirst().orElseThrow();
        salesforceId = linked.path("Id").asText();
        genesysId = linked.path("External_Genesys_ID__c").asText();
        sync.apis.updateSalesforceContact(salesforceId, Map.of("Title", "Head of Sales"));
        sync.apis.updateGenesysContact(genesysId, contact -> contact.put("title", "VP Sales"));
        sync.runCycle();
        List<Conflict> open = sync.store().conflicts().list(null, ConflictStatus.OPEN, 10);
        assertThat(open).as("the MANUAL title policy leaves the conflict open").singleElement()
                .satisfies(conflict -> assertThat(conflict.details().field()).isEqualTo("title"));
        page = new DashboardPage(profile);
    }

    @Test
    void anOpenConflictIsShownSideBySideAndResolvedFromThePageInBothSystems() {
        long conflictId = sync.store().conflicts().list(null, ConflictStatus.OPEN, 1).get(0).id();
        String card = ".conflict[data-conflict-id='" + conflictId + "']";
        page.open(sync.adminUrl() + "/");

        page.waitForSection("conflicts-section", () -> !page.findAll(card).isEmpty());
        assertThat(page.text(card + " .card-title")).startsWith("title").contains("policy MANUAL")
                .contains(salesforceId).contains(genesysId);
        assertThat(page.text(card + " .value.salesforce .text")).isEqualTo("Head of Sales");
        assertThat(page.text(card + " .value.genesys .text")).isEqualTo("VP Sales");
        assertThat(page.findAll(card + " .value time")).hasSize(3);
        page.screenshot("conflict");

        page.click(card + " button.genesys-wins");

        WebElement message = page.message();
        assertThat(message.getText()).contains("Conflict " + conflictId + " (title) resolved: \"VP Sales\"");
        page.waitFor(() -> page.findAll(card).isEmpty() && page.text("#conflicts").contains("No open conflicts."));
        assertThat(sync.apis.salesforceContact(salesforceId).path("Title").asText()).isEqualTo("VP Sales");
        assertThat(sync.apis.genesysContact(genesysId).path("title").asText()).isEqualTo("VP Sales");
        Conflict resolved = sync.store().conflicts().get(conflictId).orElseThrow();
        assertThat(resolved.details().status()).isEqualTo(ConflictStatus.RESOLVED);
        assertThat(resolved.details().chosenValue()).isEqualTo("VP Sales");
        assertThat(resolved.resolvedBy()).isEqualTo("dashboard");
    }

    @Test
    void clearInBothEmptiesTheFieldOnBothSystems() {
        long conflictId = sync.store().conflicts().list(null, ConflictStatus.OPEN, 1).get(0).id();
        String card = "#conflicts .conflict[data-conflict-id='" + conflictId + "']";
        page.open(sync.adminUrl() + "/");
        page.waitForSection("conflicts-section", () -> !page.findAll(card).isEmpty());

        page.click(card + " button.clear-both");

        assertThat(page.message().getText()).contains("Conflict " + conflictId + " (title) resolved: \"\"");
        page.waitFor(() -> page.findAll(card).isEmpty());
        assertThat(sync.apis.salesforceContact(salesforceId).path("Title").isNull()).isTrue();
        assertThat(sync.apis.genesysContact(genesysId).path("title").asText("")).isEmpty();
        assertThat(sync.store().conflicts().get(conflictId).orElseThrow().details().status())
                .isEqualTo(ConflictStatus.RESOLVED);
    }

    @Test
    void anAutoResolvedConflictIsListedAndOverriddenFromThePage() {
        sync.apis.updateSalesforceContact(salesforceId, Map.of("FirstName", "Augusta"));
        sync.apis.updateGenesysContact(genesysId, contact -> contact.put("firstName", "Ada"));
        sync.runCycle();
        Conflict auto = sync.store().conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 10).stream()
                .filter(conflict -> conflict.details().field().equals("firstName")).findFirst().orElseThrow();
        boolean salesforceWon = auto.details().chosenValue().equals(auto.details().salesforceValue());
        String overridingValue = salesforceWon ? auto.details().genesysValue() : auto.details().salesforceValue();
        String card = "#auto-conflicts .conflict[data-conflict-id='" + auto.id() + "']";
        page.open(sync.adminUrl() + "/");
        page.waitForSection("auto-conflicts-section", () -> !page.findAll(card).isEmpty());
        assertThat(page.text(card + " .card-title")).contains("won: \"" + auto.details().chosenValue() + "\"");

        page.click(card + (salesforceWon ? " button.genesys-wins" : " button.salesforce-wins"));

        assertThat(page.message().getText()).contains("Conflict " + auto.id() + " (firstName) overridden: \""
                + overridingValue + "\"");
        page.waitFor(() -> page.findAll(card).isEmpty());
        assertThat(sync.apis.salesforceContact(salesforceId).path("FirstName").asText()).isEqualTo(overridingValue);
        assertThat(sync.apis.genesysContact(genesysId).path("firstName").asText()).isEqualTo(overridingValue);
        Conflict overridden = sync.store().conflicts().get(auto.id()).orElseThrow();
        assertThat(overridden.details().status()).isEqualTo(ConflictStatus.RESOLVED);
        assertThat(overridden.overriddenValue()).isEqualTo(auto.details().chosenValue());
    }
}
