package io.contactsync.sync;

import io.contactsync.model.MappedObject;
import io.contactsync.testing.PlainHttp;
import io.contactsync.SyncLaunch;
import io.contactsync.sandbox.DemoActivity;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.ReviewKind;
import io.contactsync.store.ReviewStatus;
import io.contactsync.store.RunStatus;
import io.contactsync.store.SyncStore;
import io.contactsync.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code java -jar contact-sync.jar} with no credentials, started as the application starts it: the embedded sandbox
 * with its demo, then the sync, every port moved by its environment variable.
 */
class DemoStartScenarioTest {

    private static final HttpClient HTTP = PlainHttp.client();

    @TempDir
    Path data;

    @Test
    void everyPortMovesByItsVariableAndTheBannerNamesTheMovedAddresses() throws Exception {
        int server = SyncHarness.freePort();
        int management = SyncHarness.freePort();
        int salesforce = SyncHarness.freePort();
        int genesys = SyncHarness.freePort();
        Map<String, String> environment = environment("off");
        environment.putAll(Map.of("CAMEL_SERVER_PORT", String.valueOf(server),
                "CAMEL_MANAGEMENT_PORT", String.valueOf(management),
                "SANDBOX_SALESFORCE_PORT", String.valueOf(salesforce), "SANDBOX_GENESYS_PORT", String.valueOf(genesys)));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        try (SyncLaunch launch = SyncLaunch.start(environment, List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            assertThat(status("http://localhost:" + server + "/api/runs")).isEqualTo(200);
            assertThat(status("http://localhost:" + server + "/")).isEqualTo(200);
            assertThat(status("http://localhost:" + management + "/observe/health")).isEqualTo(200);
            assertThat(status("http://localhost:" + salesforce + "/__sandbox/stats")).isEqualTo(200);
            assertThat(status("http://localhost:" + genesys + "/__sandbox/stats")).isEqualTo(200);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                    "Dashboard:   http://localhost:" + server + "/",
                    "Hawtio:      http://localhost:" + server + "/hawtio",
                    "http://localhost:" + server + "/api/sync/run",
                    "Health:      http://localhost:" + management + "/observe/health",
                    "Salesforce emulator:    http://localhost:" + salesforce,
                    "Genesys Cloud emulator: http://localhost:" + genesys,
                    "Schedule:    off");
            assertThat(launch.context().getPropertiesComponent().resolveProperty("sync.alert.review-base-url"))
                    .as("the base of the review links in alerts").contains("http://localhost:" + server);
        }
    }

    @Test
    void theDemoShowsAnOpenConflictAReviewItemAndADeadLetterAndBothSystemsAgreeOnTheRest() throws Exception {
        Map<String, String> environment = environment("0/3 * * * * ?");
        try (SyncLaunch launch = SyncLaunch.start(environment, List.of(), new PrintStream(new ByteArrayOutputStream()))) {
            SyncStore store = launch.context().getRegistry().lookupByNameAndType("syncStore", SyncStore.class);
            SandboxApis apis = new SandboxApis(launch.sandbox().orElseThrow());

            await().atMost(120, TimeUnit.SECONDS).untilAsserted(() -> {
                assertThat(store.conflicts().list(null, ConflictStatus.OPEN, 100)).as("open conflicts")
                        .anySatisfy(conflict -> assertThat(conflict.details().field()).isEqualTo("otherPhone"));
                assertThat(store.reviews().list(null, ReviewStatus.OPEN, 100)).as("open review items")
                        .anySatisfy(review -> assertThat(review.kind()).isEqualTo(ReviewKind.DUPLICATE_EMAIL));
                assertThat(store.deadLetters().list(null, DeadLetterStatus.OPEN, 100)).as("open dead letters")
                        .anySatisfy(letter -> assertThat(letter.payload()).contains(DemoActivity.REFUSED_EMAIL));
            });
            await().atMost(120, TimeUnit.SECONDS).untilAsserted(() -> {
                var salesforce = apis.salesforceContacts();
                var genesys = apis.genesysContacts();
                SyncAssertions.assertBothSystemsAgree(salesforce, genesys);
                assertThat(salesforce).as("Salesforce contacts not linked")
                        .filteredOn(c -> !c.hasNonNull("External_Genesys_ID__c"))
                        .extracting(c -> c.path("Email").asText())
                        .containsExactly(DemoActivity.SHARED_EMAIL, DemoActivity.SHARED_EMAIL);
                assertThat(genesys).as("Genesys Cloud contacts not in Salesforce")
                        .filteredOn(c -> !c.hasNonNull("externalSystemUrl"))
                        .extracting(c -> c.path("workEmail").asText())
                        .containsExactly(DemoActivity.REFUSED_EMAIL);
            });
            await().atMost(120, TimeUnit.SECONDS).untilAsserted(() -> {
                Map<String, String> tierById = new HashMap<>();
                apis.genesysContacts().forEach(c -> tierById.put(c.path("id").asText(),
                        c.path("customFields").path("customerTier_enum").asText("")));
                assertThat(apis.salesforceContacts(List.of("Customer_Tier__c")))
                        .as("the demo's custom field, a Salesforce picklist, in Genesys Cloud's enum custom field")
                        .filteredOn(c -> c.hasNonNull("Customer_Tier__c") && c.hasNonNull("External_Genesys_ID__c"))
                        .hasSizeGreaterThanOrEqualTo(5)
                        .allSatisfy(c -> assertThat(tierById.get(c.path("External_Genesys_ID__c").asText()))
                                .isEqualTo(c.path("Customer_Tier__c").asText().toLowerCase(java.util.Locale.ROOT)));
            });
        }
    }

    @Test
    void aHealthyDemoStartLogsNoWarningThroughItsFirstCycle() throws Exception {
        Map<String, String> environment = environment("0/3 * * * * ?");
        try (LogCapture log = LogCapture.start();
             SyncLaunch launch = SyncLaunch.start(environment, List.of(), new PrintStream(new ByteArrayOutputStream()))) {
            SyncStore store = launch.context().getRegistry().lookupByNameAndType("syncStore", SyncStore.class);

            // the second run starts only once the first, its alerts included, is over
            await().atMost(120, TimeUnit.SECONDS).until(() -> store.runs().recent(3).stream()
                    .filter(run -> run.status() != RunStatus.RUNNING).count() >= 2);

            // the demo stages one record Salesforce refuses: its dead letter is the one WARN an operator acts on
            assertThat(log.lines()).filteredOn(line -> line.contains(" WARN "))
                    .allMatch(line -> line.contains("Dead-lettered SALESFORCE CREATE")
                            && line.contains("INVALID_EMAIL_ADDRESS"));
        }
    }

    private Map<String, String> environment(String schedule) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SYNC_SCHEDULE", schedule,
                "SYNC_CLUSTER_DIR", data.resolve("cluster").toString(),
                "SYNC_DB_URL", "jdbc:h2:file:" + data.resolve("contact-sync").toAbsolutePath()));
        for (String port : List.of("CAMEL_SERVER_PORT", "CAMEL_MANAGEMENT_PORT", "SANDBOX_SALESFORCE_PORT",
                "SANDBOX_GENESYS_PORT")) {
            environment.put(port, String.valueOf(SyncHarness.freePort()));
        }
        return environment;
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
