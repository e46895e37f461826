package io.contactsync.sync;

import io.contactsync.cycle.RunSummary;
import io.contactsync.store.RunStatus;
import io.contactsync.store.RunTrigger;
import io.contactsync.store.SyncRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The process stops in the middle of a cycle, with a write on its way, and starts again on the same database:
 * the next cycles take over (the lock and the run of the stopped process do not block them) and converge
 * without duplicating what the interrupted cycle had already written.
 */
class RestartScenarioTest extends SeededSandboxTest {

    @Override
    SyncHarness startHarness() {
        // a stop waits this long for the cycle in flight, then stops it where it is
        return new SyncHarness(data, Map.of(), Map.of("camel.main.shutdown-timeout", "1"));
    }

    @Test
    void aCycleInterruptedDuringTheGenesysWritesIsTakenOverAfterARestart() {
        CompletableFuture<RunSummary> cycle = cycleHeldByGenesys(Map.of("kind", "latency", "millis", 3000,
                "method", "POST", "path", "/api/v2/externalcontacts/bulk/contacts/add", "count", 1));
        long interruptedRun = sync.store().runs().recent(1).get(0).id();

        sync.restart();
        // the creates the stopped process sent land in Genesys Cloud before the new process looks
        await().atMost(Duration.ofSeconds(20)).until(() -> sync.apis.genesysContacts().size() == emailsBefore.size());
        await().atMost(Duration.ofSeconds(20)).until(cycle::isDone);

        sync.runUntilQuiet(4);

        assertConvergedWithNothingLost();
        SyncRun interrupted = sync.store().runs().get(interruptedRun).orElseThrow();
        assertThat(interrupted.status()).isIn(RunStatus.ABANDONED, RunStatus.FAILED);
    }

    @Test
    void theLockOfAProcessThatDiedIsTakenOverOnceItsLeaseEndsAndItsRunIsAbandoned() {
        String deadProcess = "4711@crashed-host";
        assertThat(sync.store().cycleLock().tryAcquire(deadProcess, Duration.ofSeconds(2))).isTrue();
        SyncRun deadRun = sync.store().runs().open(RunTrigger.SCHEDULE, deadProcess);

        RunSummary run = await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(sync::runCycle, summary -> summary != null);

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertConvergedWithNothingLost();
        assertThat(sync.store().runs().get(deadRun.id()).orElseThrow().status()).isEqualTo(RunStatus.ABANDONED);
    }
}
