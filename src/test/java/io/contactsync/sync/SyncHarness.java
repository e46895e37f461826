package io.contactsync.sync;

import io.contactsync.config.ConnectionSettings;
import io.contactsync.config.SyncMain;
import io.contactsync.cycle.RunSummary;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.store.SyncStore;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.management.MalformedObjectNameException;

/**
 * The real sync (the same Camel Main the application runs, its YAML routes and beans) against a fresh
 * sandbox and a fresh H2 database, with the schedule off so that tests run each cycle themselves.
 */
final class SyncHarness implements AutoCloseable {

    final Sandbox sandbox;
    final SandboxApis apis;
    private final Map<String, String> environment;
    private final Path dataDirectory;
    private final Map<String, String> properties;
    private Main main;
    private int adminPort;
    private int managementPort;

    SyncHarness(Path dataDirectory) {
        this(dataDirectory, Map.of());
    }

    SyncHarness(Path dataDirectory, Map<String, String> extraEnvironment) {
        this(dataDirectory, extraEnvironment, Map.of());
    }

    /**
     * @param properties Camel properties laid over everything the sync sets, e.g. {@code sync.sandbox=false} to run
     *                   as if against real systems (the admin API then needs a token)
     */
    SyncHarness(Path dataDirectory, Map<String, String> extraEnvironment, Map<String, String> properties) {
        this(dataDirectory, SandboxSettings.onFreePorts(), extraEnvironment, properties);
    }

    /** With the sandbox's own settings (e.g. other credentials) and settings of the sync as Camel properties. */
    SyncHarness(Path dataDirectory, SandboxSettings sandboxSettings, Map<String, String> extraEnvironment,
                Map<String, String> properties) {
        this.dataDirectory = dataDirectory;
        this.properties = Map.copyOf(properties);
        this.sandbox = Sandbox.start(sandboxSettings);
        this.apis = new SandboxApis(sandbox);
        this.environment = new HashMap<>(Map.of(
                "SYNC_SCHEDULE", "off",
                "SYNC_CLUSTER_DIR", dataDirectory.resolve("cluster").toString(),
                "SYNC_DB_URL", "jdbc:h2:file:" + dataDirectory.resolve("contact-sync").toAbsolutePath()));
        this.environment.putAll(extraEnvironment);
        start();
    }

    void start() {
        main = SyncMain.create(ConnectionSettings.forSandbox(sandbox), environment);
        adminPort = freePort();
        main.addOverrideProperty("camel.server.port", String.valueOf(adminPort));
        main.addOverrideProperty("sync.retry.initial-delay-ms", "50");
        // tests run cycles back to back: a failed record is retried on the very next cycle
        main.addOverrideProperty("sync.record-retry.initial-delay", "PT0S");
        managementPort = freePort();
        main.addOverrideProperty("camel.management.port", String.valueOf(managementPort));
        properties.forEach(main::addOverrideProperty);
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("the sync did not start", e);
        }
        // the field mapping checked at start, as the application does: a fitting one is not checked again by the
        // cycles; the cycles check one that does not fit (yet) again, and fail on it
        context().createProducerTemplate().requestBody("direct:check-every-mapping", (Object) null);
    }

    /** Stops the sync (not the sandbox) as a process exit would, then starts it again on the same database. */
    void restart() {
        stopSync();
        start();
    }

    /**
     * Stops the sync and starts it again on its state store as a process killed in its first cycle, after its writes
     * and before their links were stored, would have left it: no link, journal, conflict or watermark.
     */
    void restartAsIfKilledBeforeTheFirstCycleStoredItsLinks() {
        stopSync();
        try (Connection db = DriverManager.getConnection(environment.get("SYNC_DB_URL"), "", "");
             Statement sql = db.createStatement()) {
            for (String table : List.of("sync_journal", "sync_conflict", "contact_link", "sync_watermark")) {
                sql.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        start();
    }

    /** Starts the sync again with one more environment variable set. */
    void restartWith(String variable, String value) {
        stopSync();
        environment.put(variable, value);
        start();
    }

    /** Starts the sync again on an empty state store, as after losing the database. */
    void restartWithEmptyStore(Path newDataDirectory) {
        stopSync();
        environment.put("SYNC_DB_URL", "jdbc:h2:file:" + newDataDirectory.resolve("contact-sync").toAbsolutePath());
        start();
    }

    RunSummary runCycle() {
        ProducerTemplate template = context().createProducerTemplate();
        return template.requestBodyAndHeader("direct:sync-cycle", null, "trigger", "api", RunSummary.class);
    }

    /** Runs cycles until one writes nothing; fails after {@code max} cycles. */
    RunSummary runUntilQuiet(int max) {
        for (int i = 0; i < max; i++) {
            RunSummary run = runCycle();
            RunSummary.Counts c = run.counts();
            if (c.createdInGenesys() + c.createdInSalesforce() + c.updatedInGenesys() + c.updatedInSalesforce()
                    + c.deleted() == 0 && c.errors() == 0) {
                return run;
            }
        }
        throw new AssertionError("no quiet cycle after " + max + " cycles");
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    /**
     * The JMX name of this sync's route, as Jolokia and Hawtio address it. Asked of Camel rather than written out:
     * a context of an earlier test still registered in the JVM would hold {@code context=contact-sync}, and this
     * one be registered as {@code contact-sync-1}.
     */
    String routeMBean(String routeId) {
        try {
            return context().getManagementStrategy().getManagementObjectNameStrategy()
                    .getObjectNameForRoute(context().getRoute(routeId)).toString();
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    SyncStore store() {
        return context().getRegistry().lookupByNameAndType("syncStore", SyncStore.class);
    }

    String adminUrl() {
        return "http://localhost:" + adminPort;
    }

    /** The management server: /observe/health, /observe/metrics, /observe/jolokia. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    private void stopSync() {
        try {
            main.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stopSync();
        sandbox.close();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
