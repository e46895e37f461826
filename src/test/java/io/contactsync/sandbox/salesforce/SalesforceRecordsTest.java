package io.contactsync.sandbox.salesforce;

import io.contactsync.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static io.contactsync.sandbox.salesforce.SalesforceTestServer.API;
import static org.assertj.core.api.Assertions.assertThat;

class SalesforceRecordsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));
    private final SalesforceTestServer sf = new SalesforceTestServer(clock);
    private final String token = sf.login();

    @AfterEach
    void stop() {
        sf.close();
    }

    @Test
    void createGetUpdateKeepServerFieldsInSalesforceFormat() {
        SalesforceTestServer.Response created = sf.call("POST", API + "/sobjects/Contact/", token,
                "{\"FirstName\":\"Ada\",\"LastName\":\"Lovelace\",\"Email\":\"ada@example.com\","
                        + "\"Phone\":\"(317) 555-0100 ext. 7\",\"attributes\":{\"type\":\"Contact\"}}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(id).hasSize(18).startsWith("003");
        assertThat(created.body()).isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}");
        JsonNode contact = sf.contact(token, id);
        assertThat(contact.get("attributes").get("url").asText()).isEqualTo(API + "/sobjects/Contact/" + id);
        assertThat(contact.get("Phone").asText()).isEqualTo("(317) 555-0100 ext. 7");
        assertThat(contact.get("Name").asText()).isEqualTo("Ada Lovelace");
        assertThat(contact.get("CreatedDate").asText()).isEqualTo("2024-03-01T10:00:00.000+0000");
        assertThat(contact.get("SystemModstamp").asText()).isEqualTo("2024-03-01T10:00:00.000+0000");
        assertThat(contact.get("CreatedById").asText()).isEqualTo(sf.emulator.integrationUserId());
        assertThat(contact.get("IsDeleted").asBoolean()).isFalse();

        clock.advance(Duration.ofMinutes(5));
        String editor = sf.login(SalesforceEmulator.EDITOR_USERNAME);
        SalesforceTestServer.Response updated = sf.call("PATCH", API + "/sobjects/Contact/" + id, editor,
                "{\"Title\":\"Countess\",\"Email\":null}");

        assertThat(updated.status()).isEqualTo(204);
        JsonNode after = sf.get(API + "/sobjects/Contact/" + id.substring(0, 15)
                + "?fields=Title,Email,LastModifiedById,LastModifiedDate", token).json();
        assertThat(after.get("Title").asText()).isEqualTo("Countess");
        assertThat(after.get("Email").isNull()).isTrue();
        assertThat(after.get("LastModifiedById").asText()).isEqualTo(sf.emulator.editorUserId());
        assertThat(after.get("LastModifiedDate").asText()).isEqualTo("2024-03-01T10:05:00.000+0000");
        assertThat(after.has("FirstName")).isFalse();
    }

    @Test
    void systemModstampIncreasesWithEveryWriteEvenWhenTheClockStandsStill() {
        String id = sf.create(token, "{\"LastName\":\"Stamp\"}");
        List<String> stamps = new ArrayList<>();
        stamps.add(sf.contact(token, id).get("SystemModstamp").asText());
        for (int i = 0; i < 3; i++) {
            sf.call("PATCH", API + "/sobjects/Contact/" + id, token, "{\"Title\":\"v" + i + "\"}");
            stamps.add(sf.contact(token, id).get("SystemModstamp").asText());
        }
        clock.advance(Duration.ofSeconds(-30));
        sf.call("PATCH", API + "/sobjects/Contact/" + id, token, "{\"Title\":\"after the clock went back\"}");
        stamps.add(sf.contact(token, id).get("SystemModstamp").asText());

        assertThat(stamps).doesNotHaveDuplicates().isSorted();
    }

    static Stream<Arguments> badWrites() {
        String longName = "x".repeat(81);
        return Stream.of(
                Arguments.of("POST", "{\"FirstName\":\"No last name\"}", 400,
                        "[{\"message\":\"Required fields are missing: [LastName]\",\"errorCode\":\"REQUIRED_FIELD_MISSING\","
                                + "\"fields\":[\"LastName\"]}]"),
                Arguments.of("POST", "{\"LastName\":\"X\",\"Shoe_Size__c\":42}", 400,
                        "[{\"message\":\"No such column 'Shoe_Size__c' on sobject of type Contact\","
                                + "\"errorCode\":\"INVALID_FIELD\",\"fields\":[]}]"),
                Arguments.of("POST", "{\"LastName\":\"X\",\"CreatedDate\":\"2020-01-01T00:00:00.000+0000\"}", 400,
                        "[{\"message\":\"Unable to create/update fields: CreatedDate. Please check the security settings"
                                + " of this field and verify that it is read/write for your profile or permission set.\","
                                + "\"errorCode\":\"INVALID_FIELD_FOR_INSERT_UPDATE\",\"fields\":[\"CreatedDate\"]}]"),
                Arguments.of("POST", "{\"LastName\":\"" + longName + "\"}", 400,
                        "[{\"message\":\"Last Name: data value too large: " + longName + " (max length=80)\","
                                + "\"errorCode\":\"STRING_TOO_LONG\",\"fields\":[\"LastName\"]}]"),
                Arguments.of("POST", "{\"LastName\":\"X\",\"Email\":\"not an email\"}", 400,
                        "[{\"message\":\"Email: invalid email address: not an email\","
                                + "\"errorCode\":\"INVALID_EMAIL_ADDRESS\",\"fields\":[\"Email\"]}]"),
                Arguments.of("POST", "{\"Id\":\"003000000000001AAA\",\"LastName\":\"X\"}", 400,
                        "[{\"message\":\"Id: cannot specify Id in an insert call\",\"errorCode\":\"INVALID_FIELD\","
                                + "\"fields\":[\"Id\"]}]"),
                Arguments.of("PATCH", "{\"LastName\":\"\"}", 400,
                        "[{\"message\":\"Required fields are missing: [LastName]\",\"errorCode\":\"REQUIRED_FIELD_MISSING\","
                                + "\"fields\":[\"LastName\"]}]"),
                Arguments.of("PATCH", "{\"Title\":7}", 400, null),
                Arguments.of("PATCH", "{\"Title\": \"unterminated}", 400, null),
                Arguments.of("PATCH", "[]", 400, null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badWrites")
    void refusesBadWritesWithSalesforceErrors(String method, String body, int status, String expectedBody) {
        String id = sf.create(token, "{\"LastName\":\"Existing\"}");
        String path = method.equals("POST") ? API + "/sobjects/Contact" : API + "/sobjects/Contact/" + id;

        SalesforceTestServer.Response response = sf.call(method, path, token, body);

        assertThat(response.status()).isEqualTo(status);
        if (expectedBody != null) {
            assertThat(response.body()).isEqualTo(expectedBody);
        } else {
            assertThat(response.json().get(0).get("errorCode").asText()).isEqualTo("JSON_PARSER_ERROR");
        }
        assertThat(sf.contact(token, id).get("LastName").asText()).isEqualTo("Existing");
    }

    @Test
    void unknownRecordsAndObjectsAreNotFound() {
        String notFound = "[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\","
                + "\"fields\":[]}]";

        assertThat(sf.get(API + "/sobjects/Contact/003000000000000", token).body()).isEqualTo(notFound);
        assertThat(sf.get(API + "/sobjects/Contact/garbage", token).status()).isEqualTo(404);
        assertThat(sf.get(API + "/sobjects/Account/001000000000000", token).status()).isEqualTo(404);
        assertThat(sf.get(API + "/sobjects/Opportunity/006000000000000", token).status()).isEqualTo(404);
        assertThat(sf.call("PATCH", API + "/sobjects/Contact/003000000000000", token, "{\"Title\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(sf.get("/services/nothing/here", token).body()).isEqualTo(notFound);
    }

    @Test
    void deleteIsSoftOnlyQueryAllSeesTheRecordAndWritesAreRefused() {
        String id = sf.create(token, "{\"LastName\":\"Doomed\"}");
        String kept = sf.create(token, "{\"LastName\":\"Kept\"}");

        assertThat(sf.call("DELETE", API + "/sobjects/Contact/" + id, token, null).status()).isEqualTo(204);

        assertThat(sf.get(API + "/sobjects/Contact/" + id, token).status()).isEqualTo(404);
        SalesforceTestServer.Response patch = sf.call("PATCH", API + "/sobjects/Contact/" + id, token,
                "{\"Title\":\"x\"}");
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.json().get(0).get("errorCode").asText()).isEqualTo("ENTITY_IS_DELETED");
        SalesforceTestServer.Response again = sf.call("DELETE", API + "/sobjects/Contact/" + id, token, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get(0).get("errorCode").asText()).isEqualTo("ENTITY_IS_DELETED");
        assertThat(sf.query("SELECT Id FROM Contact", token).json().findValuesAsText("Id")).containsExactly(kept);
        JsonNode all = sf.get(API + "/queryAll?q=SELECT+Id,IsDeleted+FROM+Contact+ORDER+BY+LastName", token).json();
        assertThat(all.get("totalSize").asInt()).isEqualTo(2);
        assertThat(all.get("records").get(0).get("Id").asText()).isEqualTo(id);
        assertThat(all.get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
    }

    @Test
    void ifUnmodifiedSinceRefusesAnUpdateOfARecordChangedLater() {
        String id = sf.create(token, "{\"LastName\":\"Guarded\"}");
        String before = httpDate(clock.instant().minusSeconds(60));
        String after = httpDate(clock.instant().plusSeconds(1));

        SalesforceTestServer.Response stale = sf.call("PATCH", API + "/sobjects/Contact/" + id, token,
                "{\"Title\":\"stale\"}", "If-Unmodified-Since", before);
        SalesforceTestServer.Response fresh = sf.call("PATCH", API + "/sobjects/Contact/" + id, token,
                "{\"Title\":\"fresh\"}", "If-Unmodified-Since", after);
        SalesforceTestServer.Response garbage = sf.call("PATCH", API + "/sobjects/Contact/" + id, token,
                "{\"Title\":\"garbage\"}", "If-Unmodified-Since", "yesterday");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get(0).get("errorCode").asText()).isEqualTo("PRECONDITION_FAILED");
        assertThat(fresh.status()).isEqualTo(204);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(sf.contact(token, id).get("Title").asText()).isEqualTo("fresh");
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    @Test
    void upsertByExternalIdCreatesUpdatesAndReportsSeveralMatches() {
        String path = API + "/sobjects/Contact/External_Genesys_ID__c/gc-1";

        SalesforceTestServer.Response created = sf.call("PATCH", path, token, "{\"LastName\":\"Upserted\"}");
        SalesforceTestServer.Response updated = sf.call("PATCH", path, token, "{\"Title\":\"Boss\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("created").asBoolean()).isTrue();
        String id = created.json().get("id").asText();
        assertThat(updated.status()).isEqualTo(204);
        JsonNode byExternalId = sf.get(path, token).json();
        assertThat(byExternalId.get("Id").asText()).isEqualTo(id);
        assertThat(byExternalId.get("Title").asText()).isEqualTo("Boss");
        assertThat(byExternalId.get("External_Genesys_ID__c").asText()).isEqualTo("gc-1");

        String twin = sf.create(token, "{\"LastName\":\"Twin\",\"External_Genesys_ID__c\":\"GC-1\"}");
        SalesforceTestServer.Response ambiguous = sf.call("PATCH", path, token, "{\"Title\":\"Which?\"}");

        assertThat(ambiguous.status()).isEqualTo(300);
        assertThat(ambiguous.json().size()).isEqualTo(2);
        assertThat(ambiguous.body()).contains(API + "/sobjects/Contact/" + id, API + "/sobjects/Contact/" + twin);
        assertThat(sf.get(path, token).status()).isEqualTo(300);
        assertThat(sf.call("PATCH", API + "/sobjects/Contact/Email/x", token, "{}").status()).isEqualTo(404);
        assertThat(sf.get(API + "/sobjects/Contact/External_Genesys_ID__c/none", token).status()).isEqualTo(404);
    }

    @Test
    void replicationResourcesListUpdatedAndDeletedIds() {
        String start = "2024-03-01T09:59:00%2B00:00";
        String changed = sf.create(token, "{\"LastName\":\"Changed\"}");
        String removed = sf.create(token, "{\"LastName\":\"Removed\"}");
        sf.call("DELETE", API + "/sobjects/Contact/" + removed, token, null);
        clock.advance(Duration.ofMinutes(2));

        JsonNode updated = sf.get(API + "/sobjects/Contact/updated/?start=" + start
                + "&end=2024-03-01T10:01:30%2B00:00", token).json();
        JsonNode deleted = sf.get(API + "/sobjects/Contact/deleted/?start=" + start
                + "&end=2024-03-01T10:01:00Z", token).json();

        assertThat(updated.get("ids").get(0).asText()).isEqualTo(changed);
        assertThat(updated.get("ids").size()).isEqualTo(1);
        assertThat(updated.get("latestDateCovered").asText()).isEqualTo("2024-03-01T10:01:00.000+0000");
        assertThat(deleted.get("deletedRecords").get(0).get("id").asText()).isEqualTo(removed);
        assertThat(deleted.get("deletedRecords").get(0).get("deletedDate").asText())
                .isEqualTo("2024-03-01T10:00:00.002+0000");
        assertThat(sf.get(API + "/sobjects/Contact/updated/?start=2024-01-01T00:00:00Z&end=2024-03-01T10:00:00Z",
                token).json().get(0).get("errorCode").asText()).isEqualTo("INVALID_REPLICATION_DATE");
    }

    @Test
    void accountRoutesServeAccountsOnlyAndListTheContactsAnAccountsDeleteTookAlong() {
        String start = "2024-03-01T09:59:00%2B00:00";
        String account = sf.call("POST", API + "/sobjects/account", token, "{\"Name\":\"Acme\"}").json().get("id").asText();
        String contact = sf.create(token, "{\"LastName\":\"Lovelace\",\"AccountId\":\"" + account + "\"}");

        assertThat(sf.get(API + "/sobjects/Account/" + contact, token).status()).isEqualTo(404);
        assertThat(sf.get(API + "/sobjects/Contact/" + account, token).status()).isEqualTo(404);
        assertThat(sf.call("PATCH", API + "/sobjects/Account/" + account, token, "{\"LastName\":\"x\"}").json()
                .get(0).get("message").asText()).isEqualTo("No such column 'LastName' on sobject of type Account");
        assertThat(sf.call("DELETE", API + "/sobjects/Account/" + account, token, null).status()).isEqualTo(204);
        clock.advance(Duration.ofMinutes(2));

        JsonNode deletedAccounts = sf.get(API + "/sobjects/Account/deleted/?start=" + start
                + "&end=2024-03-01T10:01:00Z", token).json();
        JsonNode deletedContacts = sf.get(API + "/sobjects/Contact/deleted/?start=" + start
                + "&end=2024-03-01T10:01:00Z", token).json();

        assertThat(deletedAccounts.get("deletedRecords").findValuesAsText("id")).containsExactly(account);
        assertThat(deletedContacts.get("deletedRecords").findValuesAsText("id")).containsExactly(contact);
        assertThat(deletedContacts.get("deletedRecords").get(0).get("deletedDate"))
                .isEqualTo(deletedAccounts.get("deletedRecords").get(0).get("deletedDate"));
    }

    @Test
    void parallelPatchesOfDifferentFieldsOfOneRecordAreAllKept() throws Exception {
        String id = sf.create(token, "{\"LastName\":\"Busy\"}");
        List<String> fields = List.of("FirstName", "Title", "Phone", "MobilePhone", "HomePhone", "OtherPhone",
                "MailingStreet", "MailingCity", "MailingState", "MailingPostalCode", "MailingCountry", "Description",
                "External_Genesys_ID__c");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SalesforceTestServer.Response>> patches = new ArrayList<>();
            for (String field : fields) {
                patches.add(pool.submit(() -> sf.call("PATCH", API + "/sobjects/Contact/" + id, token,
                        "{\"" + field + "\":\"" + value(field) + "\"}")));
            }
            for (Future<SalesforceTestServer.Response> patch : patches) {
                assertThat(patch.get().status()).isEqualTo(204);
            }
        } finally {
            pool.shutdown();
        }

        JsonNode contact = sf.contact(token, id);
        for (String field : fields) {
            assertThat(contact.get(field).asText()).as(field).isEqualTo(value(field));
        }
    }

    private static String value(String field) {
        return "v" + Math.abs(field.hashCode() % 1000);
    }
}
