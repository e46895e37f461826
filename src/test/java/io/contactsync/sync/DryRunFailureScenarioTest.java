package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.store.DeadLetterStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record whose routing fails in a dry run (here Salesforce refuses the email check before a create) is listed in the
 * report with the reason; it is neither dead-lettered nor queued for a retry, and the next cycle syncs it.
 */
class DryRunFailureScenarioTest {

    private static final String EMAIL = "new.contact@example.org";

    @TempDir
    Path data;
    SyncHarness sync;

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.seedBoth(Map.of("count", 4, "seed", 5, "sharedShare", 1.0, "differingShare", 0.0));
        sync.runUntilQuiet(3);
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void aFailingRecordIsReportedNotDeadLettered() {
        sync.apis.createGenesysContact(SandboxApis.JSON.createObjectNode().put("firstName", "New")
                .put("lastName", "Contact").put("workEmail", EMAIL));
        sync.apis.salesforceControl("POST", "/faults", Map.of("kind", "status", "status", 400, "method", "GET",
                "path", "/services/data/[^/]+/query/?", "count", 1));

        AdminClient.Answer preview = new AdminClient(sync.adminUrl()).post("/api/sync/run?dryRun=true", null);

        assertThat(preview.status()).isEqualTo(200);
        JsonNode report = preview.body();
        assertThat(report.path("counts").path("failures").asInt()).isEqualTo(1);
        assertThat(report.path("failures").get(0).asText()).startsWith("email:" + EMAIL + " [GENESYS:")
                .contains("Bad Request");
        assertThat(sync.store().deadLetters().count(CONTACT, DeadLetterStatus.OPEN)).isZero();
        assertThat(sync.store().refetches().all()).isEmpty();

        sync.runCycle();

        assertThat(sync.apis.salesforceContacts()).anyMatch(c -> c.path("Email").asText().equals(EMAIL));
    }
}
