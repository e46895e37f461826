package io.contactsync.sync;

import io.contactsync.cycle.RunSummary;
import io.contactsync.sandbox.salesforce.SalesforceEmulator;
import io.contactsync.testing.LogCapture;
import org.apache.camel.processor.errorhandler.RedeliveryErrorHandler;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /observe/metrics} after real cycles: the sync's own numbers match the runs and the emulators' counts. */
class MetricsScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;

    private static final String SCAN = "/api/v2/externalcontacts/scan/contacts";
    private static final String COMPOSITE = "/services/data/.*/composite/sobjects";

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.seedBoth(Map.of("count", 8, "seed", 3, "sharedShare", 0.5, "differingShare", 0.0));
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void recordsSyncedConflictsRunsAndApiCallsMatchTheRuns() {
        // an Account with two contacts: the first cycle creates its organization in Genesys Cloud, then the contacts
        String initech = sync.apis.createSalesforceAccount(Map.of("Name", "Initech"));
        for (String lastName : List.of("Gibbons", "Waddams")) {
            sync.apis.createSalesforceContact(Map.of("LastName", lastName,
                    "Email", lastName.toLowerCase(Locale.ROOT) + "@initech.example", "AccountId", initech));
        }
        int salesforceContactsBefore = sync.apis.salesforceContacts().size();
        int genesysContactsBefore = sync.apis.genesysContacts().size();
        sync.apis.resetStats();
        PrometheusScrape beforeFirst = scrape();
        RunSummary first = sync.runCycle();
        Map<String, Long> salesforceCalls = sync.apis.stats(true);
        Map<String, Long> genesysCalls = sync.apis.stats(false);
        PrometheusScrape afterFirst = scrape();
        // the first cycle's calls as the emulators counted them, logins included
        assertThat(callsBetween(beforeFirst, afterFirst, "genesys")).isEqualTo(apiCalls(genesysCalls)).isPositive();
        assertThat(callsBetween(beforeFirst, afterFirst, "salesforce")).isEqualTo(apiCalls(salesforceCalls))
                .isPositive();

        // the same field edited differently on both sides of a linked pair: one conflict on email
        String salesforceId = sync.apis.salesforceContacts().stream()
                .filter(c -> !c.path("External_Genesys_ID__c").isNull()).findFirst().orElseThrow().path("Id").asText();
        String genesysId = sync.apis.salesforceContact(salesforceId).path("External_Genesys_ID__c").asText();
        sync.apis.updateSalesforceContact(salesforceId, Map.of("Title", "Head of Salesforce"));
        sync.apis.updateGenesysContact(genesysId, c -> c.put("title", "Head of Genesys"));
        RunSummary second = sync.runCycle();

        PrometheusScrape scrape = scrape();
        RunSummary.Counts a = first.counts();
        RunSummary.Counts b = second.counts();
        assertThat(a.createdInGenesys() + a.createdInSalesforce()).isPositive();
        assertThat(scrape.sum("contactsync_records_synced_total", Map.of("side", "genesys", "action", "created")))
                .isEqualTo(a.createdInGenesys() + b.createdInGenesys());
        assertThat(scrape.sum("contactsync_records_synced_total", Map.of("side", "salesforce", "action", "created")))
                .isEqualTo(a.createdInSalesforce() + b.createdInSalesforce());
        assertThat(scrape.sum("contactsync_records_synced_total", Map.of("action", "updated")))
                .isEqualTo(a.updatedInGenesys() + a.updatedInSalesforce() + b.updatedInGenesys() + b.updatedInSalesforce());
        // per object, as both systems now hold them
        assertThat(sync.apis.genesysOrganizations()).singleElement()
                .satisfies(organization -> assertThat(organization.path("name").asText()).isEqualTo("Initech"));
        assertThat(metric(scrape, "contactsync_records_synced_total", "object", "organization", "side", "genesys",
                "action", "created")).isEqualTo(1);
        assertThat(scrape.sum("contactsync_records_synced_total", Map.of("object", "organization",
                "side", "salesforce", "action", "created"))).as("Accounts are Salesforce-owned").isZero();
        assertThat(metric(scrape, "contactsync_records_synced_total", "object", "contact", "side", "genesys",
                "action", "created")).isEqualTo(sync.apis.genesysContacts().size() - genesysContactsBefore);
        assertThat(metric(scrape, "contactsync_records_synced_total", "object", "contact", "side", "salesforce",
                "action", "created")).isEqualTo(sync.apis.salesforceContacts().size() - salesforceContactsBefore);
        assertThat(b.conflicts()).isEqualTo(1);
        assertThat(metric(scrape, "contactsync_conflicts_total", "object", "contact", "field", "title",
                "policy", "SALESFORCE")).isEqualTo(1);
        assertThat(scrape.sum("contactsync_conflicts_total", Map.of())).isEqualTo(a.conflicts() + b.conflicts());
        assertThat(metric(scrape, "contactsync_runs_total", "status", "SUCCEEDED")).isEqualTo(2);
        assertThat(metric(scrape, "contactsync_run_duration_seconds_count", "status", "SUCCEEDED")).isEqualTo(2);
        assertThat(scrape.value("contactsync_record_errors_total")).isZero();
        for (String object : List.of("contact", "organization")) {
            assertThat(metric(scrape, "contactsync_dead_letters_open", "object", object)).isZero();
            assertThat(metric(scrape, "contactsync_reviews_open", "object", object)).isZero();
        }
        assertThat(scrape.value("contactsync_conflicts_per_run")).isEqualTo((a.conflicts() + b.conflicts()) / 2.0);
        assertThat(scrape.value("contactsync_last_success_age_seconds")).isGreaterThanOrEqualTo(0);
        // Camel's own route metrics share the registry
        assertThat(scrape.text()).contains("routeId=\"sync-cycle\"");
    }

    @Test
    void openDeadLettersAreGaugedPerObject() {
        // Genesys Cloud refuses the new organization of an Account: a dead letter of an organization
        String initech = sync.apis.createSalesforceAccount(Map.of("Name", "Initech"));
        sync.apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 400, "method", "POST",
                "path", "/api/v2/externalcontacts/bulk/organizations/add", "count", 1));

        sync.runCycle();

        assertThat(sync.apis.genesysOrganizations()).isEmpty();
        assertThat(sync.apis.salesforceAccount(initech).path("External_Genesys_ID__c").asText("")).isEmpty();
        PrometheusScrape scrape = scrape();
        AdminClient admin = new AdminClient(sync.adminUrl());
        for (String object : List.of("contact", "organization")) {
            int open = admin.get("/api/dead-letters?status=OPEN&object=" + object).body().size();
            assertThat(metric(scrape, "contactsync_dead_letters_open", "object", object)).as(object).isEqualTo(open);
        }
        assertThat(metric(scrape, "contactsync_dead_letters_open", "object", "organization")).isEqualTo(1);
    }

    @Test
    void everyRateLimitedCallIsCountedBySystemAndEndpoint() {
        sync.apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 429, "retryAfter", 0,
                "path", SCAN, "count", 2));

        RunSummary run = sync.runCycle();

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        PrometheusScrape scrape = scrape();
        // both 429s reach the routes (the HTTP client repeats nothing unseen), which retry them
        assertThat(metric(scrape, "contactsync_api_rate_limited_total", "system", "genesys", "endpoint", "GET " + SCAN))
                .isEqualTo(2);
        assertThat(metric(scrape, "contactsync_api_calls_total", "system", "genesys", "endpoint", "GET " + SCAN,
                "status", "429")).isEqualTo(2);
        assertThat(scrape.value("contactsync_api_rate_limited_total", Map.of("system", "salesforce"))).isEmpty();
    }

    @Test
    void everyServerErrorAndDroppedConnectionIsCountedBySystemAndEndpoint() {
        sync.apis.genesysControl("POST", "/faults", Map.of("kind", "status", "status", 503, "path", SCAN, "count", 1));
        sync.apis.salesforceControl("POST", "/faults", Map.of("kind", "drop", "method", "GET",
                "path", "/services/data/.*/queryAll.*", "count", 1));

        RunSummary run = sync.runCycle();

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        PrometheusScrape scrape = scrape();
        assertThat(metric(scrape, "contactsync_api_calls_total", "system", "genesys", "endpoint", "GET " + SCAN,
                "status", "503")).isEqualTo(1);
        assertThat(metric(scrape, "contactsync_api_calls_total", "system", "salesforce", "endpoint", "GET /queryAll",
                "status", "error")).isEqualTo(1);
        SyncAssertions.assertConverged(sync.apis);
    }

    @Test
    void aSalesforceRateLimitIsCountedByEndpointAndRetriedAfterItsRetryAfter() {
        sync.apis.salesforceControl("POST", "/faults", Map.of("kind", "status", "status", 429, "retryAfter", 2,
                "method", "POST", "path", COMPOSITE, "count", 1));

        RunSummary run;
        List<String> redeliveries;
        // Camel's error handler says at DEBUG which delay it used for each retry and where it took it from
        String errorHandler = RedeliveryErrorHandler.class.getName();
        Level level = LogManager.getLogger(errorHandler).getLevel();
        Configurator.setLevel(errorHandler, Level.DEBUG);
        try (LogCapture log = LogCapture.start()) {
            run = sync.runCycle();
            redeliveries = log.lines().stream().filter(line -> line.contains("Redelivery delay")).toList();
        } finally {
            Configurator.setLevel(errorHandler, level);
        }

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.counts().createdInSalesforce()).isPositive();
        PrometheusScrape scrape = scrape();
        assertThat(metric(scrape, "contactsync_api_rate_limited_total", "system", "salesforce",
                "endpoint", "POST /composite/sobjects")).isEqualTo(1);
        assertThat(metric(scrape, "contactsync_api_calls_total", "system", "salesforce",
                "endpoint", "POST /composite/sobjects", "status", "429")).isEqualTo(1);
        // the one retry waited what was left of the 2 s Salesforce asked for, not the 50 ms back-off
        assertThat(redeliveries).singleElement().satisfies(line -> {
            Matcher delay = Pattern.compile("Redelivery delay is (\\d+) from Message Header").matcher(line);
            assertThat(delay.find()).as(line).isTrue();
            assertThat(Long.parseLong(delay.group(1))).isBetween(1000L, 2000L);
        });
        SyncAssertions.assertConverged(sync.apis);
    }

    @Test
    void aSalesforceCallRefusedForTheUsedUpDailyAllowanceCountsAsRateLimited() {
        // how Salesforce limits API calls: 403 REQUEST_LIMIT_EXCEEDED once the org's daily allowance is used up
        assertThat(sync.apis.salesforceContacts()).isNotEmpty();
        ((SalesforceEmulator) sync.sandbox.salesforce().emulator()).setDailyApiLimit(1);

        sync.runCycle();

        // the first call of the cycle is refused (the mapping check's describe, or the poll) and the cycle stops there
        PrometheusScrape scrape = scrape();
        assertThat(scrape.sum("contactsync_api_rate_limited_total", Map.of("system", "salesforce"))).isEqualTo(1);
        assertThat(scrape.sum("contactsync_api_calls_total", Map.of("system", "salesforce", "status", "403")))
                .isEqualTo(1);
    }

    @Test
    void loginsAndTheCallsCamelSalesforceSendsAgainAfterANewLoginAreCounted() {
        sync.apis.resetStats();
        PrometheusScrape before = scrape();
        sync.apis.salesforceControl("POST", "/faults", Map.of("expireTokens", true));
        sync.apis.genesysControl("POST", "/faults", Map.of("expireTokens", true));

        RunSummary run = sync.runCycle();

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        PrometheusScrape after = scrape();
        // camel-salesforce answers the 401 (to the cycle's first call) with a new login and sends the call again,
        // unseen by the routes
        Map<String, String> unauthorizedQuery = Map.of("system", "salesforce", "status", "401");
        assertThat(after.sum("contactsync_api_calls_total", unauthorizedQuery)
                - before.sum("contactsync_api_calls_total", unauthorizedQuery)).isEqualTo(1);
        Map<String, String> salesforceLogin = Map.of("system", "salesforce", "endpoint", "POST /services/oauth2/token",
                "status", "200");
        assertThat(after.sum("contactsync_api_calls_total", salesforceLogin)
                - before.sum("contactsync_api_calls_total", salesforceLogin)).isEqualTo(1);
        Map<String, String> genesysLogin = Map.of("system", "genesys", "endpoint", "POST /oauth/token", "status", "200");
        assertThat(after.sum("contactsync_api_calls_total", genesysLogin)
                - before.sum("contactsync_api_calls_total", genesysLogin)).isPositive();
        // every call the emulators answered is counted, no more
        assertThat(callsBetween(before, after, "salesforce")).isEqualTo(apiCalls(sync.apis.stats(true)));
        assertThat(callsBetween(before, after, "genesys")).isEqualTo(apiCalls(sync.apis.stats(false)));
        SyncAssertions.assertConverged(sync.apis);
    }

    private static double callsBetween(PrometheusScrape before, PrometheusScrape after, String system) {
        return after.sum("contactsync_api_calls_total", Map.of("system", system))
                - before.sum("contactsync_api_calls_total", Map.of("system", system));
    }

    /** The calls the sync made, without the test's own calls to the sandbox's control API. */
    private static long apiCalls(Map<String, Long> stats) {
        return stats.entrySet().stream().filter(e -> !e.getKey().contains(" /__sandbox"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static double metric(PrometheusScrape scrape, String name, String... labels) {
        Map<String, String> wanted = new java.util.HashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return scrape.value(name, wanted).orElseThrow(() -> new AssertionError("no " + name + wanted + " in\n"
                + scrape.text()));
    }

    private PrometheusScrape scrape() {
        return new ManagementApi(sync.managementUrl()).metrics();
    }
}
