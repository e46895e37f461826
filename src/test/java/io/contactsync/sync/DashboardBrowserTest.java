package io.contactsync.sync;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.RefetchRequest;
import io.contactsync.store.RunCounts;
import io.contactsync.store.SyncRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium against the real sync on the sandbox, using only the endpoints
 * that exist on main (run a cycle, run history).
 */
class DashboardBrowserTest extends BrowserScenario {

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.seedBothSides(6, 1);
        page = new DashboardPage(profile);
    }

    @Test
    void runSyncNowShowsTheRunWithItsCountsInTheTableAndTheChart() {
        page.open(sync.adminUrl() + "/");
        page.waitFor(() -> page.text("#runs tbody").contains("No runs yet."));

        page.click("#run-sync");

        WebElement message = page.message();
        List<SyncRun> runs = sync.store().runs().recent(5);
        assertThat(runs).hasSize(1);
        SyncRun run = runs.get(0);
        RunCounts counts = run.counts();
        assertThat(counts.createdInSalesforce() + counts.createdInGenesys()).isPositive();
        assertThat(message.getText()).startsWith("Run " + run.id() + " SUCCEEDED: created "
                + counts.createdInSalesforce() + " in Salesforce and " + counts.createdInGenesys() + " in Genesys Cloud");
        assertThat(message.getAttribute("class")).doesNotContain("error");

        page.waitFor(() -> page.findAll("#runs tr[data-run-id='" + run.id() + "']"));
        assertThat(page.text("#runs tr[data-run-id='" + run.id() + "'] td.status-SUCCEEDED")).isEqualTo("SUCCEEDED");
        assertThat(Map.of(
                "createdInSalesforce", page.countShown(run.id(), "createdInSalesforce"),
                "createdInGenesys", page.countShown(run.id(), "createdInGenesys"),
                "unchanged", page.countShown(run.id(), "unchanged"),
                "conflicts", page.countShown(run.id(), "conflicts"),
                "errors", page.countShown(run.id(), "errors")))
                .isEqualTo(Map.of(
                        "createdInSalesforce", String.valueOf(counts.createdInSalesforce()),
                        "createdInGenesys", String.valueOf(counts.createdInGenesys()),
                        "unchanged", String.valueOf(counts.unchanged()),
                        "conflicts", String.valueOf(counts.conflicts()),
                        "errors", String.valueOf(counts.errors())));
        assertThat(page.chartBar(run.id(), "conflicts").getAttribute("data-value"))
                .isEqualTo(String.valueOf(counts.conflicts()));
        assertThat(page.chartBar(run.id(), "errors").getAttribute("data-value"))
                .isEqualTo(String.valueOf(counts.errors()));
        page.screenshot("runs");
    }

    @Test
    void aSecondRunAddsARowAndABarPairToTheChart() {
        sync.runCycle();
        page.open(sync.adminUrl() + "/");
        page.waitFor(() -> page.findAll("#runs tbody tr[data-run-id]").size() == 1);

        page.click("#run-sync");

        page.waitFor(() -> page.findAll("#runs tbody tr[data-run-id]").size() == 2);
        List<SyncRun> runs = sync.store().runs().recent(5);
        assertThat(page.findAll("#runs tbody tr[data-run-id]").stream().map(row -> row.getAttribute("data-run-id")))
                .containsExactly(String.valueOf(runs.get(0).id()), String.valueOf(runs.get(1).id()));
        assertThat(page.findAll("#run-chart rect[data-series='conflicts']").stream()
                .map(bar -> bar.getAttribute("data-run-id")))
                .as("oldest run on the left")
                .containsExactly(String.valueOf(runs.get(1).id()), String.valueOf(runs.get(0).id()));
    }

    @Test
    void aFailedCreateIsListedAsAPendingRetryAndItsDeadLetterNamesTheRecordItCameFrom() {
        sync.apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 503, "method", "POST",
                "path", "/api/v2/externalcontacts/bulk/contacts/add", "count", 100));
        sync.runCycle();
        List<RefetchRequest> retries = sync.store().refetches().all();
        assertThat(retries).isNotEmpty().allSatisfy(retry -> assertThat(retry.record().side()).isEqualTo(Side.SALESFORCE));

        page.open(sync.adminUrl() + "/");

        page.waitFor(() -> page.findAll("#retries .card.retry").size() == retries.size());
        RefetchRequest first = retries.get(0);
        String card = page.text("#retries .card[data-record='SALESFORCE:" + first.record().id() + "']");
        assertThat(card).contains("1 failed attempt").contains("next attempt").contains("503");
        page.waitFor(() -> page.findAll("#dead-letters .card.dead-letter").size() == retries.size());
        assertThat(page.findAll("#dead-letters .card-title").stream().map(WebElement::getText))
                .anySatisfy(title -> assertThat(title).startsWith("CREATE GENESYS from SALESFORCE "
                        + first.record().id()));
    }
}
