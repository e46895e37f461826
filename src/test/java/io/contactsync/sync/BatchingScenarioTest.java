package io.contactsync.sync;

import io.contactsync.cycle.RunSummary;
import io.contactsync.store.RunTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** API calls are batched, and the schedule triggers cycles on its own. */
class BatchingScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void writesGoInBatchesOf200ToSalesforceAndOfTheBulkSizeToGenesys() {
        sync = new SyncHarness(data);
        sync.apis.salesforceControl("POST", "/seed", Map.of("count", 450, "seed", 8, "sharedShare", 0.0));
        sync.apis.genesysControl("POST", "/seed", Map.of("count", 250, "seed", 8, "sharedShare", 0.0));
        sync.apis.resetStats();

        RunSummary run = sync.runCycle();

        assertThat(run.counts().createdInGenesys()).isEqualTo(450);
        assertThat(run.counts().createdInSalesforce()).isEqualTo(250);
        Map<String, Long> salesforce = sync.apis.stats(true);
        Map<String, Long> genesys = sync.apis.stats(false);
        // 250 creates: 2 calls; 450 external ids written back: 3 calls
        assertThat(salesforce).containsEntry("POST /services/data/{version}/composite/sobjects", 2L)
                .containsEntry("PATCH /services/data/{version}/composite/sobjects", 3L);
        // bulk size 100: 450 creates in 5 calls; 250 external ids written back in 3 calls after 3 fetches
        assertThat(genesys).containsEntry("POST /api/v2/externalcontacts/bulk/contacts/add", 5L)
                .containsEntry("POST /api/v2/externalcontacts/bulk/contacts/update", 3L);
        assertThat(sync.apis.salesforceContacts()).hasSize(700);
        assertThat(sync.apis.genesysContacts()).hasSize(700);
    }

    @Test
    void theScheduleRunsCyclesWithoutBeingAsked() {
        sync = new SyncHarness(data, Map.of("SYNC_SCHEDULE", "0/1 * * * * ?"));
        sync.apis.salesforceControl("POST", "/seed", Map.of("count", 3, "seed", 2, "sharedShare", 0.0));

        await().atMost(20, TimeUnit.SECONDS).until(() -> sync.store().runs().recent(5).stream()
                .anyMatch(r -> r.trigger() == RunTrigger.SCHEDULE && r.finishedAt() != null));

        await().atMost(20, TimeUnit.SECONDS).until(() -> sync.apis.genesysContacts().size() == 3);
    }
}
