package io.contactsync.sync;

import io.contactsync.cycle.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;

/**
 * A scenario against the real sync and a fresh sandbox whose two systems share about half of their contacts,
 * some of them with differing values: the first cycle creates, links and updates on both sides.
 */
abstract class SeededSandboxTest {

    @TempDir
    Path data;
    SyncHarness sync;
    /** Every email on either side before the first cycle: after convergence, both sides hold exactly these. */
    Set<String> emailsBefore;

    @BeforeEach
    void startSeeded() {
        sync = startHarness();
        Map<String, Object> seed = seedRequest();
        sync.apis.salesforceControl("POST", "/seed", seed);
        sync.apis.genesysControl("POST", "/seed", seed);
        emailsBefore = SyncAssertions.allEmails(sync.apis);
    }

    /** The seed request both emulators get; override to seed otherwise (e.g. with companies). */
    Map<String, Object> seedRequest() {
        return Map.of("count", 12, "seed", 7, "sharedShare", 0.5, "differingShare", 0.3);
    }

    /** The harness of this scenario; override to change its settings. */
    SyncHarness startHarness() {
        return new SyncHarness(data);
    }

    @AfterEach
    void stopHarness() {
        sync.close();
    }

    void salesforceFault(Map<String, Object> fault) {
        sync.apis.salesforceControl("POST", "/faults", fault);
    }

    void genesysFault(Map<String, Object> fault) {
        sync.apis.genesysControl("POST", "/faults", fault);
    }

    int queuedFaults(boolean salesforce) {
        return (salesforce ? sync.apis.salesforceControl("GET", "/faults", null)
                : sync.apis.genesysControl("GET", "/faults", null)).path("queued").asInt();
    }

    /**
     * Starts a cycle on another thread and returns once it is held up in Genesys Cloud by {@code latencyFault}
     * (the delayed request has arrived there).
     */
    CompletableFuture<RunSummary> cycleHeldByGenesys(Map<String, Object> latencyFault) {
        genesysFault(latencyFault);
        CompletableFuture<RunSummary> cycle = CompletableFuture.supplyAsync(sync::runCycle);
        await().atMost(Duration.ofSeconds(20)).until(() -> queuedFaults(false) == 0);
        return cycle;
    }

    /** Both systems hold every contact once, linked, with the same values. */
    void assertConvergedWithNothingLost() {
        SyncAssertions.assertEmailsOnBothSides(sync.apis, emailsBefore);
        SyncAssertions.assertConverged(sync.apis);
    }
}
