package io.contactsync.sync;

import io.contactsync.cycle.RunSummary;
import io.contactsync.model.MappedObject;
import io.contactsync.store.PurgeResult;
import io.contactsync.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily audit purge route keeps the audit for sync.audit.retention (SYNC_AUDIT_RETENTION), then deletes it. */
class AuditRetentionScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.seedBoth(Map.of("count", 4, "seed", 13, "sharedShare", 0.5, "differingShare", 0.0));
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void theAuditIsKeptForTheRetentionThenPurged() {
        RunSummary run = sync.runCycle();
        int written = sync.store().journal().listByRun(null, run.runId(), 1000).size();
        assertThat(written).isPositive();

        assertThat(purge().total()).as("within the default year").isZero();
        assertThat(sync.store().journal().listByRun(null, run.runId(), 1000)).hasSize(written);

        sync.restartWith("SYNC_AUDIT_RETENTION", "PT0S");
        PurgeResult purged;
        try (LogCapture log = LogCapture.start()) {
            purged = purge();
            assertThat(log.lines()).anyMatch(line -> line.contains("Audit purge (older than PT0S): "
                    + purged.total() + " rows deleted"));
        }

        assertThat(purged.journalEntries()).isEqualTo(written);
        assertThat(purged.runs()).isEqualTo(1);
        assertThat(sync.store().journal().listByRun(null, run.runId(), 1000)).isEmpty();
        assertThat(sync.store().runs().get(run.runId())).isEmpty();
        assertThat(sync.store().links().list(null, null, null, 100)).as("links are never purged").isNotEmpty();
    }

    private PurgeResult purge() {
        return sync.context().createProducerTemplate().requestBody("direct:purge-audit", null, PurgeResult.class);
    }
}
