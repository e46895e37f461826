package io.contactsync.bench;

import io.contactsync.config.ConnectionSettings;
import io.contactsync.config.SyncMain;
import io.contactsync.cycle.RunSummary;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real sync - the application's Camel Main with its YAML routes and beans - on a fresh H2 file database,
 * with the schedule off: each cycle is sent to {@code direct:sync-cycle}, as {@code POST /api/sync/run} does.
 */
final class ContactSyncRunner implements SyncUnderTest {

    private final Main main;

    /**
     * @param overlap how far each poll re-reads before its watermark ({@code sync.overlap})
     * @param mapping the field mapping file, or null for the packaged one
     */
    ContactSyncRunner(ConnectionSettings connections, Path dataDirectory, Duration overlap, Path mapping) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SYNC_SCHEDULE", "off",
                "SYNC_CLUSTER_DIR", dataDirectory.resolve("cluster").toString(),
                "SYNC_DB_URL", "jdbc:h2:file:" + dataDirectory.resolve("contact-sync").toAbsolutePath()));
        if (mapping != null) {
            environment.put("SYNC_MAPPING_FILE", mapping.toString());
        }
        main = SyncMain.create(connections, environment);
        main.addOverrideProperty("camel.server.port", String.valueOf(BenchSandbox.freePort()));
        main.addOverrideProperty("sync.overlap", overlap.toString());
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("the sync did not start", e);
        }
        // the mapping checked at start, as the application does: the measured cycles make only their own calls
        main.getCamelContext().createProducerTemplate().requestBody("direct:check-every-mapping", (Object) null);
    }

    @Override
    public String runCycle() {
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();
        RunSummary run = template.requestBodyAndHeader("direct:sync-cycle", null, "trigger", "api", RunSummary.class);
        RunSummary.Counts c = run.counts();
        return run.status() + ": created " + c.createdInSalesforce() + " / " + c.createdInGenesys()
                + ", updated " + c.updatedInSalesforce() + " / " + c.updatedInGenesys() + " (Salesforce / Genesys)"
                + ", unchanged " + c.unchanged() + ", conflicts " + c.conflicts() + ", errors " + c.errors()
                + (run.error() == null ? "" : ", " + run.error());
    }

    @Override
    public void close() {
        try {
            main.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the sync did not stop", e);
        }
    }
}
