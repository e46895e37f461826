package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.MappedObject;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.PostgresTestServer;
import io.contactsync.store.StoreSettings;
import io.contactsync.store.SyncStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of the packaged jar at random points of the initial reconcile of 5,000 contacts a side, each time with a person's
 * edit on each side while it is down (on the original of the contact the sync created last on the other side, whose
 * link the killed cycle may not have stored), then a restart: in the end both systems hold each person once, in sync,
 * with every edit and no conflict on the edited contacts (the sync's own creates are not edits).
 */
class CrashIT {

    private static final int PEOPLE = 5000;
    private static final int KILLS = 2;

    @TempDir
    Path work;
    Sandbox sandbox;
    SandboxApis apis;
    StoreSettings database;
    Process sync;
    final Random random = new Random(14);

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxSettings.onFreePorts());
        apis = new SandboxApis(sandbox);
        apis.seedBoth(Map.of("count", PEOPLE, "seed", 14, "sharedShare", 0.5, "differingShare", 0.1));
        database = PostgresTestServer.newDatabase();
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.destroyForcibly();
        }
        sandbox.close();
    }

    @Test
    void killedAtRandomPointsOfTheInitialReconcileItCreatesNothingTwiceAndLosesNoEdit() throws Exception {
        List<JsonNode> salesforceSeeded = apis.salesforceContacts();
        List<JsonNode> genesysSeeded = apis.genesysContacts();
        int salesforceAtStart = salesforceSeeded.size();
        int genesysAtStart = genesysSeeded.size();
        Set<String> people = new HashSet<>();
        salesforceSeeded.forEach(c -> people.add(c.path("Email").asText().toLowerCase(Locale.ROOT)));
        genesysSeeded.forEach(c -> people.add(c.path("workEmail").asText().toLowerCase(Locale.ROOT)));
        int toCreate = people.size() * 2 - salesforceAtStart - genesysAtStart;
        String lastSeededSalesforceId = salesforceSeeded.get(salesforceSeeded.size() - 1).path("Id").asText();
        Instant seededAt = Instant.now();
        Map<String, String> genesysEdits = new HashMap<>();
        Map<String, String> salesforceEdits = new HashMap<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            sync = startSync(kill);
            int createdBeforeKill = createdSoFar(salesforceAtStart, genesysAtStart) + 1 + random.nextInt(toCreate / 4);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> createdSoFar(salesforceAtStart, genesysAtStart) >= createdBeforeKill);
            sync.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            String genesysOriginal = originalOfLatestSalesforceCopy(lastSeededSalesforceId);
            if (genesysOriginal != null) {
                String city = "Crashville " + kill;
                apis.updateGenesysContact(genesysOriginal, c -> (c.get("address") instanceof ObjectNode address
                        ? address : c.putObject("address")).put("city", city));
                genesysEdits.put(genesysOriginal, city);
            }
            String salesforceOriginal = originalOfLatestGenesysCopy(seededAt);
            if (salesforceOriginal != null) {
                String title = "Edited while down " + kill;
                apis.updateSalesforceContact(salesforceOriginal, Map.of("Title", title));
                salesforceEdits.put(salesforceOriginal, title);
            }
        }
        sync = startSync(KILLS + 1);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> SyncAssertions.assertConverged(apis));
        assertThat(apis.salesforceContacts()).as("one Salesforce contact per person").hasSize(people.size());
        genesysEdits.forEach((id, city) -> {
            assertThat(apis.genesysContact(id).path("address").path("city").asText()).as("Genesys Cloud " + id)
                    .isEqualTo(city);
            assertThat(apis.salesforceContacts()).as("Salesforce counterpart of " + id)
                    .anyMatch(c -> id.equals(c.path("External_Genesys_ID__c").asText())
                            && city.equals(c.path("MailingCity").asText()));
        });
        salesforceEdits.forEach((id, title) -> {
            assertThat(apis.salesforceContact(id).path("Title").asText()).as("Salesforce " + id).isEqualTo(title);
            String genesysId = apis.salesforceContact(id).path("External_Genesys_ID__c").asText();
            assertThat(apis.genesysContact(genesysId).path("title").asText()).as("Genesys Cloud " + genesysId)
                    .isEqualTo(title);
        });
        try (SyncStore store = SyncStore.open(database)) {
            assertThat(store.conflicts().list(null, ConflictStatus.AUTO_RESOLVED, 100_000))
                    .as("conflicts on the contacts edited while the sync was down: the sync's creates are no edits")
                    .noneMatch(c -> genesysEdits.containsKey(c.details().genesysId())
                            || salesforceEdits.containsKey(c.details().salesforceId()));
        }
        assertThat(genesysEdits.size() + salesforceEdits.size()).as("edits made while the sync was down")
                .isGreaterThanOrEqualTo(KILLS);
    }

    private int createdSoFar(int salesforceAtStart, int genesysAtStart) {
        return apis.salesforceContacts().size() - salesforceAtStart + apis.genesysContacts().size() - genesysAtStart;
    }

    /**
     * The Genesys Cloud original of the Salesforce contact the sync created last (Salesforce ids grow with creation),
     * whose link the killed cycle may not have stored; null before the sync created any.
     */
    private String originalOfLatestSalesforceCopy(String lastSeededId) {
        return apis.salesforceContacts().stream().filter(c -> c.path("Id").asText().compareTo(lastSeededId) > 0)
                .filter(c -> c.hasNonNull("External_Genesys_ID__c"))
                .max(Comparator.comparing(c -> c.path("Id").asText()))
                .map(c -> c.path("External_Genesys_ID__c").asText()).orElse(null);
    }

    /** The Salesforce original of the Genesys Cloud contact the sync created last; null before it created any. */
    private String originalOfLatestGenesysCopy(Instant seededAt) {
        return apis.genesysContacts().stream().filter(c -> c.hasNonNull("externalSystemUrl"))
                .filter(c -> Instant.parse(c.path("createDate").asText()).isAfter(seededAt))
                .max(Comparator.comparing(c -> Instant.parse(c.path("createDate").asText())))
                .map(c -> c.path("externalSystemUrl").asText().replaceAll(".*/Contact/([^/]+)/view$", "$1"))
                .orElse(null);
    }

    private Process startSync(int run) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("SALESFORCE_LOGIN_URL", sandbox.salesforce().baseUrl());
        env.put("SALESFORCE_CLIENT_ID", sandbox.settings().salesforce().clientId());
        env.put("SALESFORCE_CLIENT_SECRET", sandbox.settings().salesforce().clientSecret());
        env.put("SALESFORCE_USERNAME", sandbox.settings().salesforce().username());
        env.put("SALESFORCE_PASSWORD", sandbox.settings().salesforce().password());
        env.put("GENESYS_LOGIN_URL", sandbox.genesys().baseUrl());
        env.put("GENESYS_API_URL", sandbox.genesys().baseUrl());
        env.put("GENESYS_CLIENT_ID", sandbox.settings().genesys().clientId());
        env.put("GENESYS_CLIENT_SECRET", sandbox.settings().genesys().clientSecret());
        env.put("SYNC_DB_URL", database.url());
        env.put("SYNC_DB_USER", database.user());
        env.put("SYNC_DB_PASSWORD", database.password());
        env.put("SYNC_SCHEDULE", "0/2 * * * * ?");
        env.put("SYNC_CLUSTER_DIR", work.resolve("cluster").toString());
        env.put("SYNC_LOCK_TTL", "PT5S");
        env.put("SYNC_ADMIN_TOKEN", "crash-test-token");
        env.put("CAMEL_SERVER_PORT", String.valueOf(freePort()));
        env.put("CAMEL_MANAGEMENT_PORT", String.valueOf(freePort()));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", System.getProperty("contactsync.jar"))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "crash-" + run + ".log").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
