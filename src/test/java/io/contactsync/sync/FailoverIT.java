package io.contactsync.sync;

import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.store.PostgresTestServer;
import io.contactsync.store.RunStatus;
import io.contactsync.store.StoreSettings;
import io.contactsync.store.SyncRun;
import io.contactsync.store.SyncStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two processes of the packaged jar against one PostgreSQL and one sandbox: only the leader runs the
 * schedule; kill -9 the leader and the other takes over; nothing is created twice and no edit is lost.
 */
class FailoverIT {

    @TempDir
    Path work;
    Sandbox sandbox;
    SandboxApis apis;
    StoreSettings database;
    SyncStore store;
    final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxSettings.onFreePorts());
        apis = new SandboxApis(sandbox);
        Map<String, Object> seed = Map.of("count", 10, "seed", 12, "sharedShare", 0.5, "differingShare", 0.2);
        apis.salesforceControl("POST", "/seed", seed);
        apis.genesysControl("POST", "/seed", seed);
        database = PostgresTestServer.newDatabase();
        store = SyncStore.open(database);
    }

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        store.close();
        sandbox.close();
    }

    @Test
    void theStandbyTakesOverWhenTheLeaderIsKilledAndNothingIsLostOrDuplicated() throws Exception {
        Process leader = startReplica("a");
        await().atMost(90, TimeUnit.SECONDS).until(() -> succeededRunsOf(leader).size() >= 1);
        Process standby = startReplica("b");
        String beforeKill = apis.salesforceContacts().get(0).path("Id").asText();
        apis.updateSalesforceContact(beforeKill, Map.of("Title", "Edited before the failover"));
        await().atMost(60, TimeUnit.SECONDS).until(() -> apis.genesysContacts().stream()
                .anyMatch(c -> "Edited before the failover".equals(c.path("title").asText())));
        assertThat(runsOf(standby)).as("the standby runs no cycle while the leader lives").isEmpty();

        leader.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Instant killedAt = Instant.now();
        String genesysId = apis.salesforceContacts().get(1).path("External_Genesys_ID__c").asText();
        apis.updateGenesysContact(genesysId, c -> c.set("cellPhone",
                SandboxApis.JSON.createObjectNode().put("display", "+1 317 555 0177")));

        await().atMost(90, TimeUnit.SECONDS).until(() -> succeededRunsOf(standby).stream()
                .anyMatch(run -> run.startedAt().isAfter(killedAt)));
        await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> SyncAssertions.assertConverged(apis));
        assertThat(apis.salesforceContacts()).anyMatch(c -> "+13175550177".equals(c.path("MobilePhone").asText()));
        assertThat(apis.genesysContacts()).anyMatch(c -> "Edited before the failover".equals(c.path("title").asText()));
        assertThat(runsOf(standby)).allMatch(run -> run.startedAt().isAfter(killedAt.minusSeconds(1)));
        assertNoTwoRunsOverlap();
    }

    private Process startReplica(String name) throws IOException {
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
        env.put("SYNC_CLUSTER", "file");
        env.put("SYNC_CLUSTER_DIR", work.resolve("cluster").toString());
        env.put("SYNC_LOCK_TTL", "PT10S");
        env.put("SYNC_ADMIN_TOKEN", "failover-test-token");
        env.put("CAMEL_SERVER_PORT", String.valueOf(freePort()));
        env.put("CAMEL_MANAGEMENT_PORT", String.valueOf(freePort()));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", System.getProperty("contactsync.jar"))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "failover-" + name + ".log").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private List<SyncRun> runsOf(Process process) {
        return store.runs().recent(500).stream().filter(run -> run.owner().startsWith(process.pid() + "@")).toList();
    }

    private List<SyncRun> succeededRunsOf(Process process) {
        return runsOf(process).stream().filter(run -> run.status() == RunStatus.SUCCEEDED).toList();
    }

    private void assertNoTwoRunsOverlap() {
        List<SyncRun> runs = store.runs().recent(500).stream().filter(run -> run.finishedAt() != null)
                .sorted(Comparator.comparing(SyncRun::startedAt)).toList();
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).startedAt()).as("run %s starts after run %s ended", runs.get(i).id(), runs.get(i - 1).id())
                    .isAfterOrEqualTo(runs.get(i - 1).finishedAt());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
