package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.Side;
import io.contactsync.sandbox.DemoPeople;
import io.contactsync.sandbox.SeedPerson;
import io.contactsync.sandbox.SeedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static io.contactsync.sandbox.salesforce.SalesforceTestServer.API;
import static org.assertj.core.api.Assertions.assertThat;

class SalesforceQueryHttpTest {

    private final SalesforceTestServer sf = new SalesforceTestServer();
    private final String token = sf.login();

    @AfterEach
    void stop() {
        sf.close();
    }

    @Test
    void seedsOneHundredThousandContactsAndPagesThroughAllOfThemOnce() {
        int total = sf.emulator.seed(new SeedRequest(100_000, 7L, 0.5, 0.1, false));
        assertThat(total).isEqualTo(100_000);

        Set<String> ids = new HashSet<>();
        int pages = 0;
        JsonNode page = sf.query("SELECT Id, Email, SystemModstamp FROM Contact ORDER BY SystemModstamp, Id", token)
                .json();
        while (true) {
            pages++;
            assertThat(page.get("totalSize").asInt()).isEqualTo(100_000);
            page.get("records").forEach(r -> ids.add(r.get("Id").asText()));
            if (page.get("done").asBoolean()) {
                assertThat(page.has("nextRecordsUrl")).isFalse();
                break;
            }
            assertThat(page.get("records").size()).isEqualTo(2000);
            assertThat(page.get("nextRecordsUrl").asText()).matches("/services/data/v56\\.0/query/01g\\w{15}-\\d+");
            page = sf.get(page.get("nextRecordsUrl").asText(), token).json();
        }

        assertThat(pages).isEqualTo(50);
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void seededContactsCarryTheDemoPeopleFields() {
        SeedRequest request = new SeedRequest(3, 42L, 0.5, 0.1, false);
        sf.emulator.seed(request);
        SeedPerson first = DemoPeople.person(request, 0, Side.SALESFORCE);

        JsonNode record = sf.query("SELECT FirstName, LastName, Email, Title, Phone, MobilePhone, MailingStreet,"
                + " MailingCity, MailingState, MailingPostalCode, MailingCountry, CreatedById FROM Contact LIMIT 1",
                token).json().get("records").get(0);

        assertThat(record.get("attributes").get("type").asText()).isEqualTo("Contact");
        assertThat(record.get("FirstName").asText()).isEqualTo(first.firstName());
        assertThat(record.get("LastName").asText()).isEqualTo(first.lastName());
        assertThat(record.get("Email").asText()).isEqualTo(first.email());
        assertThat(record.get("Title").asText()).isEqualTo(first.title());
        assertThat(record.get("Phone").asText()).isEqualTo(first.workPhone());
        assertThat(record.get("MobilePhone").isNull() ? null : record.get("MobilePhone").asText())
                .isEqualTo(first.mobilePhone());
        assertThat(record.get("MailingStreet").asText()).isEqualTo(first.street());
        assertThat(record.get("MailingCity").asText()).isEqualTo(first.city());
        assertThat(record.get("MailingState").asText()).isEqualTo(first.state());
        assertThat(record.get("MailingPostalCode").asText()).isEqualTo(first.postalCode());
        assertThat(record.get("MailingCountry").asText()).isEqualTo(first.country());
        assertThat(record.get("CreatedById").asText()).isEqualTo(sf.emulator.editorUserId());
    }

    @Test
    void batchSizeHeaderSetsThePageSizeWithinSalesforcesBounds() {
        sf.emulator.seed(new SeedRequest(1000, 1L, 0.5, 0.1, false));

        JsonNode pageOf300 = sf.query("SELECT Id FROM Contact", token, "Sforce-Query-Options", "batchSize=300").json();
        JsonNode clampedUp = sf.query("SELECT Id FROM Contact", token, "Sforce-Query-Options", "batchSize=10").json();
        JsonNode queryAll = sf.get(API + "/queryAll/?q=SELECT+Id+FROM+Contact", token, "Sforce-Query-Options",
                "batchSize=500").json();

        assertThat(pageOf300.get("records").size()).isEqualTo(300);
        assertThat(pageOf300.get("nextRecordsUrl").asText()).endsWith("-300");
        assertThat(clampedUp.get("records").size()).isEqualTo(200);
        assertThat(queryAll.get("nextRecordsUrl").asText()).contains("/queryAll/").endsWith("-500");
        JsonNode last = sf.get(queryAll.get("nextRecordsUrl").asText(), token).json();
        assertThat(last.get("records").size()).isEqualTo(500);
        assertThat(last.get("done").asBoolean()).isTrue();
    }

    @Test
    void answersQueriesWithAndWithoutTrailingSlashAndCountsWithCount() {
        sf.create(token, "{\"LastName\":\"O'Hara\",\"Email\":\"o'hara@x.com\"}");
        sf.create(token, "{\"LastName\":\"Other\",\"Email\":\"other@x.com\"}");

        JsonNode withSlash = sf.query("SELECT Id, LastName FROM Contact WHERE Email = 'o\\'hara@x.com'", token).json();
        JsonNode withoutSlash = sf.get(API + "/query?q=SELECT+LastName+FROM+Contact+WHERE+LastName+LIKE+'O%25'",
                token).json();
        JsonNode count = sf.query("SELECT COUNT() FROM Contact", token).json();

        assertThat(withSlash.get("totalSize").asInt()).isEqualTo(1);
        assertThat(withSlash.get("records").get(0).get("LastName").asText()).isEqualTo("O'Hara");
        assertThat(withoutSlash.get("records").findValuesAsText("LastName")).containsExactly("O'Hara", "Other");
        assertThat(count.get("totalSize").asInt()).isEqualTo(2);
        assertThat(count.get("records").size()).isZero();
    }

    @Test
    void badQueriesAndLocatorsAreSalesforceErrorsNotServerErrors() {
        SalesforceTestServer.Response malformed = sf.query("SELECT Id FROM Contact WHERE", token);
        SalesforceTestServer.Response unknownField = sf.query("SELECT Shoe__c FROM Contact", token);
        SalesforceTestServer.Response badLocator = sf.get(API + "/query/01gXXXXXXXXXXXXXXX-2000", token);
        SalesforceTestServer.Response noQuery = sf.get(API + "/query", token);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get(0).get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        assertThat(unknownField.json().get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(badLocator.status()).isEqualTo(400);
        assertThat(badLocator.json().get(0).get("errorCode").asText()).isEqualTo("INVALID_QUERY_LOCATOR");
        assertThat(noQuery.json().get(0).get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
    }

    @Test
    void everyApiResponseCarriesTheApiUsageAndLimitsCountDown() {
        SalesforceTestServer.Response first = sf.get(API + "/limits", token);
        SalesforceTestServer.Response second = sf.query("SELECT Id FROM Contact", token);
        SalesforceTestServer.Response failing = sf.query("SELECT nonsense", token);
        JsonNode limits = sf.get(API + "/limits/", token).json();

        assertThat(first.header("Sforce-Limit-Info")).isEqualTo("api-usage=1/15000");
        assertThat(first.json().get("DailyApiRequests").get("Remaining").asInt()).isEqualTo(14_999);
        assertThat(second.header("Sforce-Limit-Info")).isEqualTo("api-usage=2/15000");
        assertThat(failing.header("Sforce-Limit-Info")).isEqualTo("api-usage=3/15000");
        assertThat(limits.get("DailyApiRequests").get("Max").asInt()).isEqualTo(15_000);
        assertThat(limits.get("DailyApiRequests").get("Remaining").asInt()).isEqualTo(14_996);
    }

    @Test
    void anExhaustedDailyAllowanceIsRequestLimitExceeded() {
        sf.emulator.setDailyApiLimit(2);
        sf.get(API + "/limits", token);
        sf.get(API + "/limits", token);

        SalesforceTestServer.Response refused = sf.get(API + "/limits", token);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("[{\"message\":\"TotalRequests Limit exceeded.\","
                + "\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\",\"fields\":[]}]");
        assertThat(refused.header("Sforce-Limit-Info")).isEqualTo("api-usage=2/2");
    }
}
