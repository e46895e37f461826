package io.contactsync.sync;

import io.contactsync.testing.HeadlessChromium;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's side of the admin API contract in a real headless Chromium, against {@link AdminApiStub}: the
 * request each button sends, API errors shown to the operator, the admin token asked for once.
 */
@ExtendWith(HeadlessChromium.Required.class)
class DashboardContractBrowserTest {

    static final Map<String, Object> RUN = Map.of("runId", 12, "status", "SUCCEEDED", "trigger", "SCHEDULE",
            "startedAt", "2026-03-02T09:30:00Z", "finishedAt", "2026-03-02T09:30:02.400Z",
            "counts", counts(3, 1, 4), "error", "");
    static final Map<String, Object> EARLIER_RUN = Map.of("runId", 11, "status", "FAILED", "trigger", "API",
            "startedAt", "2026-03-02T09:29:30Z", "finishedAt", "2026-03-02T09:29:31Z",
            "counts", counts(1, 2, 0), "error", "Genesys Cloud answered 503 on the scan");
    static final Map<String, Object> CONFLICT = withNulls(Map.ofEntries(
            Map.entry("id", 7), Map.entry("object", "CONTACT"), Map.entry("runId", 12), Map.entry("pairId", "p-7"),
            Map.entry("salesforceId", "003000000000001AAA"), Map.entry("genesysId", "0f1d2c3b-gc"),
            Map.entry("field", "title"), Map.entry("baseValue", "Buyer"), Map.entry("salesforceValue", "Head of Sales"),
            Map.entry("genesysValue", "VP Sales"), Map.entry("salesforceModifiedAt", "2026-03-02T09:12:00Z"),
            Map.entry("genesysModifiedAt", "2026-03-02T09:14:30Z"), Map.entry("policy", "MANUAL"),
            Map.entry("resolver", "threeWayMerge"), Map.entry("status", "OPEN"),
            Map.entry("detectedAt", "2026-03-02T09:30:01Z")),
            "winner", "chosenValue", "resolvedAt", "resolvedBy", "resolutionNote");
    static final Map<String, Object> ORGANIZATION_CONFLICT = merged(CONFLICT, Map.of("id", 8, "object", "ORGANIZATION",
            "pairId", "p-8", "salesforceId", "001000000000001AAA", "genesysId", "9e8d-org", "field", "name",
            "baseValue", "Initech", "salesforceValue", "Initech", "genesysValue", "Initech Global",
            "policy", "SALESFORCE"));
    static final Map<String, Object> REVIEW = withNulls(Map.of("id", 4, "object", "CONTACT", "kind", "AMBIGUOUS_MATCH",
            "correlationKey", "email:ana.lopez@example.com", "salesforceIds", List.of("003000000000002AAA"),
            "genesysIds", List.of("a1-gc", "a2-gc"), "reason", "2 Genesys Cloud contacts share the email",
            "status", "OPEN", "createdAt", "2026-03-02T09:30:01Z"),
            "resolution", "resolvedAt", "resolvedBy", "resolutionNote");
    static final Map<String, Object> DEAD_LETTER = Map.ofEntries(Map.entry("id", 9), Map.entry("object", "ORGANIZATION"),
            Map.entry("runId", 12),
            Map.entry("side", "GENESYS"), Map.entry("recordId", "b7-gc"), Map.entry("operation", "UPDATE"),
            Map.entry("payload", "{\"title\":\"Buyer\"}"), Map.entry("error", "400 phone number is not valid"),
            Map.entry("attempts", 1), Map.entry("status", "OPEN"), Map.entry("replayable", true),
            Map.entry("createdAt", "2026-03-02T09:30:02Z"), Map.entry("updatedAt", "2026-03-02T09:30:02Z"));

    @TempDir
    Path profile;
    AdminApiStub api;
    DashboardPage page;

    @BeforeEach
    void start() {
        api = new AdminApiStub()
                .answer("GET", "/api/runs", 200, List.of(RUN, EARLIER_RUN))
                .answer("GET", "/api/sync/status", 200, Map.of("linked", Map.of("organization", 6, "contact", 57)))
                .answer("GET", "/api/conflicts", 200, List.of(CONFLICT, ORGANIZATION_CONFLICT))
                .answer("GET", "/api/reviews", 200, List.of(REVIEW))
                .answer("GET", "/api/dead-letters", 200, List.of(DEAD_LETTER));
        page = new DashboardPage(profile);
    }

    @AfterEach
    void stop() {
        if (page != null) {
            page.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void showsRunsConflictsReviewsAndDeadLettersAsTheApiAnswers() {
        page.open(api.url() + "/");

        page.waitForSection("dead-letters-section", () -> !page.findAll(".dead-letter[data-dead-letter-id='9']").isEmpty());
        page.waitForSection("runs-section", () -> !page.findAll("#runs tr[data-run-id='11']").isEmpty());
        assertThat(page.countShown(12, "conflicts")).isEqualTo("3");
        assertThat(page.text("#runs tr[data-run-id='11'] td.error-text")).isEqualTo("Genesys Cloud answered 503 on the scan");
        assertThat(page.chartBar(11, "errors").getAttribute("data-value")).isEqualTo("2");
        assertThat(Double.parseDouble(page.chartBar(12, "conflicts").getAttribute("height")))
                .as("the highest bar of the chart is the largest value")
                .isGreaterThan(Double.parseDouble(page.chartBar(11, "errors").getAttribute("height")));
        assertThat(page.text(".conflict[data-conflict-id='7'] .value.base .text")).isEqualTo("Buyer");
        assertThat(page.text(".conflict[data-conflict-id='7'] .value.salesforce .text")).isEqualTo("Head of Sales");
        assertThat(page.text(".conflict[data-conflict-id='7'] .value.genesys .text")).isEqualTo("VP Sales");
        assertThat(page.find(".conflict[data-conflict-id='7'] .value.genesys time").getAttribute("datetime"))
                .isEqualTo("2026-03-02T09:14:30Z");
        assertThat(page.text(".review[data-review-id='4']")).contains("ambiguous match", "share the email");
        assertThat(page.text(".dead-letter[data-dead-letter-id='9']")).contains("UPDATE GENESYS b7-gc",
                "400 phone number is not valid");
        // which object each row is about: organizations marked, contacts not
        assertThat(page.text(".conflict[data-conflict-id='8'] .card-title .object-marker")).isEqualTo("organization");
        assertThat(page.text(".conflict[data-conflict-id='8'] .value.genesys .text")).isEqualTo("Initech Global");
        assertThat(page.findAll(".conflict[data-conflict-id='7'] .object-marker")).isEmpty();
        assertThat(page.findAll(".review[data-review-id='4'] .object-marker")).isEmpty();
        assertThat(page.text(".dead-letter[data-dead-letter-id='9'] .card-title .object-marker"))
                .isEqualTo("organization");
        page.waitForSection("status-section", () -> !page.text("#linked").isBlank());
        assertThat(page.text("#linked")).isEqualTo("Linked: 57 contacts \u00b7 6 organizations");
        page.screenshot("contract");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            ".conflict[data-conflict-id='7'] | button.salesforce-wins |            | /api/conflicts/7/resolve  | {\"winner\":\"salesforce\",\"by\":\"dashboard\"}",
            ".conflict[data-conflict-id='7'] | button.genesys-wins    |            | /api/conflicts/7/resolve  | {\"winner\":\"genesys\",\"by\":\"dashboard\"}",
            ".conflict[data-conflict-id='7'] | button.set-value       | Key buyer  | /api/conflicts/7/resolve  | {\"value\":\"Key buyer\",\"by\":\"dashboard\"}",
            ".review[data-review-id='4']     | button.link            | a2-gc      | /api/reviews/4/resolve    | {\"action\":\"link\",\"salesforceId\":\"003000000000002AAA\",\"genesysId\":\"a2-gc\",\"by\":\"dashboard\"}",
            ".review[data-review-id='4']     | button.distinct        |            | /api/reviews/4/resolve    | {\"action\":\"distinct\",\"by\":\"dashboard\"}",
            ".dead-letter[data-dead-letter-id='9'] | button.replay    |            | /api/dead-letters/9/replay  |",
            ".dead-letter[data-dead-letter-id='9'] | button.discard   |            | /api/dead-letters/9/discard |"})
    void eachButtonSendsTheContractsRequest(String card, String button, String typed, String path, String body)
            throws Exception {
        api.answer("POST", "/api/conflicts/7/resolve", 200, Map.of("conflict",
                        merged(CONFLICT, Map.of("status", "RESOLVED", "chosenValue", "VP Sales")), "applied", "immediately"))
                .answer("POST", "/api/reviews/4/resolve", 200, Map.of("review", REVIEW, "applied", "next cycle"))
                .answer("POST", "/api/dead-letters/9/replay", 200, Map.of("deadLetter", DEAD_LETTER, "outcome", "REPLAYED"))
                .answer("POST", "/api/dead-letters/9/discard", 200, Map.of("deadLetter", DEAD_LETTER));
        page.open(api.url() + "/");
        page.waitFor(() -> page.findAll(card + " " + button));
        if (typed != null && card.contains("conflict")) {
            page.find(card + " input.chosen-value").sendKeys(typed);
        } else if (typed != null) {
            new org.openqa.selenium.support.ui.Select(page.find(card + " select[aria-label='Genesys Cloud record']"))
                    .selectByValue(typed);
        }

        page.click(card + " " + button);

        WebElement message = page.message();
        assertThat(message.getAttribute("class")).as(message.getText()).doesNotContain("error");
        List<AdminApiStub.Call> posts = api.calls().stream().filter(call -> call.method().equals("POST")).toList();
        assertThat(posts).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo(path);
            assertThat(call.body()).isEqualTo(body == null ? null : SandboxApis.JSON.readTree(body));
        });
    }

    @Test
    void anApiErrorIsShownToTheOperator() {
        api.answer("POST", "/api/conflicts/7/resolve", 409, Map.of("error", "conflict 7 is already resolved"));
        page.open(api.url() + "/");
        page.waitFor(() -> page.findAll(".conflict[data-conflict-id='7'] button.salesforce-wins"));

        page.click(".conflict[data-conflict-id='7'] button.salesforce-wins");

        WebElement message = page.message();
        assertThat(message.getText()).isEqualTo("conflict 7 is already resolved");
        assertThat(message.getAttribute("class")).isEqualTo("error");
    }

    @Test
    void aSectionWhoseEndpointFailsSaysSoAndTheOthersStillShow() {
        api.answer("GET", "/api/reviews", 500, Map.of("error", "the state store is not reachable"));
        page.open(api.url() + "/");

        page.waitFor(() -> page.find("#reviews-section .section-error").isDisplayed());
        assertThat(page.text("#reviews-section .section-error")).isEqualTo("Could not load: the state store is not reachable");
        page.waitForSection("conflicts-section", () -> !page.findAll(".conflict[data-conflict-id='7']").isEmpty());
    }

    @Test
    void asksForTheAdminTokenOnceAndSendsItAsABearerTokenForTheRestOfTheSession() {
        api.requireToken("s3cret");
        page.open(api.url() + "/");
        page.waitFor(() -> page.find("#token-dialog").isDisplayed());

        page.find("#token-input").sendKeys("s3cret");
        page.click("#token-submit");

        page.waitForSection("runs-section", () -> !page.findAll("#runs tr[data-run-id='12']").isEmpty());
        page.waitForSection("dead-letters-section", () -> !page.findAll(".dead-letter[data-dead-letter-id='9']").isEmpty());
        assertThat(page.find("#token-dialog").isDisplayed()).as("asked once for the four sections").isFalse();
        int callsBeforeReload = api.calls().size();
        page.browser.navigate().refresh();
        page.waitForSection("runs-section", () -> !page.findAll("#runs tr[data-run-id='12']").isEmpty());
        assertThat(page.find("#token-dialog").isDisplayed()).as("the token is kept for the session").isFalse();
        assertThat(api.calls().subList(callsBeforeReload, api.calls().size()))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer s3cret"));
    }

    private static Map<String, Object> counts(int conflicts, int errors, int created) {
        return Map.of("createdInSalesforce", created, "createdInGenesys", created, "updatedInSalesforce", 2,
                "updatedInGenesys", 5, "unchanged", 80, "conflicts", conflicts, "ambiguous", 1, "deleted", 0,
                "errors", errors, "deadLettered", errors);
    }

    private static Map<String, Object> withNulls(Map<String, Object> values, String... nullFields) {
        Map<String, Object> all = new HashMap<>(values);
        for (String field : nullFields) {
            all.put(field, null);
        }
        return all;
    }

    private static Map<String, Object> merged(Map<String, Object> values, Map<String, Object> changes) {
        Map<String, Object> all = new HashMap<>(values);
        all.putAll(changes);
        return all;
    }
}
