package io.contactsync.sync;

import io.contactsync.cycle.RunSummary;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.DeadLetter;
import io.contactsync.store.DeadLetterStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transient failures of either API during a cycle (throttling, server errors, expired tokens, dropped
 * connections): retried within the cycle when they pass, dead-lettered when they outlast the retries, and
 * in every case both systems end up holding every contact once, with the same values.
 */
class FaultScenarioTest extends SeededSandboxTest {

    private static final String GENESYS_BULK = "/api/v2/externalcontacts/bulk/.*";
    private static final String SALESFORCE_COLLECTIONS = "/services/data/v[0-9.]+/composite/sobjects";
    /** More failures in a row than the first attempt and all its retries (sync.retry.maximum-attempts = 4). */
    private static final int OUTLASTS_RETRIES = 20;

    @Test
    void genesysThrottlingTheBulkWriteIsWaitedOutInTheSameCycle() {
        genesysFault(Map.of("kind", "status", "status", 429, "retryAfter", 1, "method", "POST", "path", GENESYS_BULK,
                "count", 1));

        assertFaultPassedAndCycleConverged();
    }

    @Test
    void genesysThrottlingTheScanIsWaitedOutInTheSameCycle() {
        genesysFault(Map.of("kind", "status", "status", 429, "retryAfter", 1, "method", "GET",
                "path", "/api/v2/externalcontacts/scan/contacts", "count", 1));

        assertFaultPassedAndCycleConverged();
    }

    @Test
    void salesforceServerErrorsWithinTheRetryBudgetAreRetriedAndWritten() {
        salesforceFault(Map.of("kind", "status", "status", 500, "method", "POST", "path", SALESFORCE_COLLECTIONS,
                "count", 2));

        assertFaultPassedAndCycleConverged();
    }

    @Test
    void salesforceServerErrorsOutlastingTheRetriesDeadLetterTheCreatesAndALaterCycleConverges() {
        Set<String> onlyInGenesys = new TreeSet<>(emailsBefore);
        onlyInGenesys.removeAll(SyncAssertions.emails(sync.apis.salesforceContacts(), "Email"));
        salesforceFault(Map.of("kind", "status", "status", 500, "method", "POST", "path", SALESFORCE_COLLECTIONS,
                "count", OUTLASTS_RETRIES));

        RunSummary failed = sync.runCycle();

        assertThat(failed.status()).isEqualTo("PARTIAL");
        // the batch failed as a whole: its creates, and the external-id updates it had not sent yet
        List<DeadLetter> letters = openDeadLetters();
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter.side()).isEqualTo(Side.SALESFORCE);
            assertThat(letter.error()).contains("UNKNOWN_EXCEPTION");
            assertThat(letter.replayable()).isTrue();
        });
        List<DeadLetter> creates = letters.stream().filter(letter -> letter.operation().equals("CREATE")).toList();
        assertThat(creates).hasSize(onlyInGenesys.size());
        assertThat(onlyInGenesys).allSatisfy(email -> assertThat(creates).anySatisfy(
                letter -> assertThat(letter.payload()).contains("\"email\":\"" + email + "\"")));
        // a failed create has no Salesforce id yet: its letter names the Genesys Cloud contact it came from
        Set<String> genesysIds = new TreeSet<>(sync.apis.genesysContacts().stream()
                .map(contact -> contact.path("id").asText()).toList());
        assertThat(creates).allSatisfy(letter -> assertThat(genesysIds).anySatisfy(id -> assertThat(letter.payload())
                .contains("\"source\":{\"side\":\"GENESYS\",\"recordId\":\"" + id + "\"}")));
        assertThat(failed.counts().deadLettered()).isEqualTo(letters.size());
        assertThat(SyncAssertions.emails(sync.apis.salesforceContacts(), "Email")).doesNotContainAnyElementsOf(onlyInGenesys);

        clearFaults();
        sync.runUntilQuiet(4);

        assertConvergedWithNothingLost();
        assertFailuresResolvedThemselves(letters.size());
    }

    @Test
    void tokensExpiringMidCycleAreRenewedOnBothSidesAndTheCycleSucceeds() {
        // the Salesforce poll is done and the Genesys Cloud scan in flight: every write still lies ahead
        CompletableFuture<RunSummary> cycle = cycleHeldByGenesys(Map.of("kind", "latency", "millis", 2000,
                "method", "GET", "path", "/api/v2/externalcontacts/scan/contacts", "count", 1));
        sync.apis.resetStats();
        salesforceFault(Map.of("expireTokens", true));
        genesysFault(Map.of("expireTokens", true));

        RunSummary run = cycle.join();

        assertCleanRun(run);
        assertConvergedWithNothingLost();
        assertThat(sync.apis.stats(true)).as("Salesforce logins after the expiry")
                .containsKey("POST /services/oauth2/token");
        assertThat(sync.apis.stats(false)).as("Genesys Cloud token requests after the expiry")
                .containsKey("POST /oauth/token");
    }

    @Test
    void aConnectionDroppedOnceIsRetriedInTheSameCycle() {
        genesysFault(Map.of("kind", "drop", "method", "POST", "path", "/api/v2/externalcontacts/bulk/contacts/add",
                "count", 1));
        salesforceFault(Map.of("kind", "drop", "method", "PATCH", "path", SALESFORCE_COLLECTIONS, "count", 1));

        assertFaultPassedAndCycleConverged();
    }

    @Test
    void genesysBulkUpdatesDroppedBeyondTheRetriesConvergeOnALaterCycle() {
        genesysFault(Map.of("kind", "drop", "method", "POST", "path", "/api/v2/externalcontacts/bulk/contacts/update",
                "count", OUTLASTS_RETRIES));

        assertDeadLetteredThenConvergedOnALaterCycle(Side.GENESYS);
    }

    @Test
    void salesforceUpdatesDroppedBeyondTheRetriesConvergeOnALaterCycle() {
        salesforceFault(Map.of("kind", "drop", "method", "PATCH", "path", SALESFORCE_COLLECTIONS,
                "count", OUTLASTS_RETRIES));

        assertDeadLetteredThenConvergedOnALaterCycle(Side.SALESFORCE);
    }

    /** The first cycle dead-letters writes to the faulty side; once the fault is gone, the next cycles converge. */
    private void assertDeadLetteredThenConvergedOnALaterCycle(Side faulty) {
        RunSummary failed = sync.runCycle();

        assertThat(failed.status()).isEqualTo("PARTIAL");
        List<DeadLetter> letters = openDeadLetters();
        assertThat(letters).isNotEmpty().allSatisfy(letter -> assertThat(letter.side()).isEqualTo(faulty));

        clearFaults();
        sync.runUntilQuiet(4);

        assertConvergedWithNothingLost();
        assertFailuresResolvedThemselves(letters.size());
    }

    /** Once the records synced, their dead letters are closed and nothing is left to retry, without a replay. */
    private void assertFailuresResolvedThemselves(int failures) {
        assertThat(openDeadLetters()).isEmpty();
        assertThat(sync.store().deadLetters().list(null, DeadLetterStatus.RESOLVED, 1000)).hasSize(failures);
        assertThat(sync.store().refetches().all()).isEmpty();
    }

    /** One cycle meets every queued fault, retries past it, and converges without a dead letter. */
    private void assertFaultPassedAndCycleConverged() {
        RunSummary run = sync.runCycle();

        assertThat(queuedFaults(false) + queuedFaults(true)).as("faults not met").isZero();
        assertCleanRun(run);
        assertConvergedWithNothingLost();
    }

    private void assertCleanRun(RunSummary run) {
        assertThat(run.status()).as("run %s: %s", run.runId(), run.error()).isEqualTo("SUCCEEDED");
        assertThat(openDeadLetters()).isEmpty();
    }

    private List<DeadLetter> openDeadLetters() {
        return sync.store().deadLetters().list(null, DeadLetterStatus.OPEN, 1000);
    }

    private void clearFaults() {
        sync.apis.salesforceControl("DELETE", "/faults", null);
        sync.apis.genesysControl("DELETE", "/faults", null);
    }
}
