package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.sandbox.EmulatorContext;
import io.contactsync.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static io.contactsync.sandbox.salesforce.SalesforceTestServer.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Custom Contact fields declared through {@code POST /__sandbox/fields}: described, stored, queried and checked. */
class SalesforceCustomFieldsTest {

    private static final String FIELDS = "{\"object\":\"Contact\",\"fields\":["
            + "{\"name\":\"Customer_Tier__c\",\"type\":\"picklist\",\"length\":255,\"values\":[\"Gold\",\"Silver\"]},"
            + "{\"name\":\"Interests__c\",\"type\":\"multipicklist\",\"values\":[\"Golf\",\"Chess\",\"Sailing\"]},"
            + "{\"name\":\"Nickname__c\",\"type\":\"text\",\"length\":10},"
            + "{\"name\":\"Agent_Notes__c\",\"type\":\"longtext\",\"length\":1000},"
            + "{\"name\":\"Score__c\",\"type\":\"number\"},"
            + "{\"name\":\"Vip__c\",\"type\":\"checkbox\"},"
            + "{\"name\":\"Renewal__c\",\"type\":\"date\"},"
            + "{\"name\":\"Last_Call__c\",\"type\":\"datetime\"},"
            + "{\"name\":\"Billing_Email__c\",\"type\":\"email\"},"
            + "{\"name\":\"Pager__c\",\"type\":\"phone\"}]}";

    private final SalesforceTestServer sf = new SalesforceTestServer();
    private final String token = sf.login();

    @BeforeEach
    void declareFields() {
        SalesforceTestServer.Response declared = sf.call("POST", "/__sandbox/fields", null, FIELDS);
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        sf.close();
    }

    @Test
    void customFieldsOfEveryTypeAreStoredAndReturnedBySoql() {
        String id = sf.create(token, "{\"LastName\":\"Lovelace\",\"Customer_Tier__c\":\"Gold\","
                + "\"Interests__c\":\"Golf;Chess\",\"Nickname__c\":\"Ada\",\"Agent_Notes__c\":\"Prefers email\","
                + "\"Score__c\":4.5,\"Vip__c\":true,\"Renewal__c\":\"2027-01-31\","
                + "\"Last_Call__c\":\"2026-12-01T10:15:00.000+0000\",\"Billing_Email__c\":\"ada@example.com\","
                + "\"Pager__c\":\"+44 20 1234\"}");

        JsonNode row = sf.query("SELECT Id, customer_tier__c, Interests__c, Nickname__c, Agent_Notes__c, Score__c,"
                + " Vip__c, Renewal__c, Last_Call__c, Billing_Email__c, Pager__c FROM Contact"
                + " WHERE Customer_Tier__c = 'Gold'", token).json().get("records").get(0);

        assertThat(row.get("Id").asText()).isEqualTo(id);
        assertThat(row.get("Customer_Tier__c").asText()).isEqualTo("Gold");
        assertThat(row.get("Interests__c").asText()).isEqualTo("Golf;Chess");
        assertThat(row.get("Nickname__c").asText()).isEqualTo("Ada");
        assertThat(row.get("Agent_Notes__c").asText()).isEqualTo("Prefers email");
        assertThat(row.get("Score__c").asDouble()).isEqualTo(4.5);
        assertThat(row.get("Vip__c").asBoolean()).isTrue();
        assertThat(row.get("Renewal__c").asText()).isEqualTo("2027-01-31");
        assertThat(row.get("Last_Call__c").asText()).isEqualTo("2026-12-01T10:15:00.000+0000");
        assertThat(row.get("Billing_Email__c").asText()).isEqualTo("ada@example.com");
        assertThat(row.get("Pager__c").asText()).isEqualTo("+44 20 1234");
        assertThat(sf.query("SELECT Id FROM Contact WHERE Vip__c = true AND Score__c > 4 AND Renewal__c < 2028-01-01"
                + " AND Last_Call__c > 2026-11-30T00:00:00Z ORDER BY Score__c", token).json().get("totalSize").asInt())
                .isEqualTo(1);
        assertThat(sf.query("SELECT Id FROM Contact WHERE Score__c > 5", token).json().get("totalSize").asInt()).isZero();
    }

    @Test
    void describeListsStandardAndCustomFieldsInTheDocumentedShape() {
        SalesforceTestServer.Response response = sf.get(API + "/sobjects/Contact/describe/", token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode describe = response.json();
        assertThat(describe.get("name").asText()).isEqualTo("Contact");
        assertThat(describe.get("keyPrefix").asText()).isEqualTo("003");
        assertThat(describe.get("custom").asBoolean()).isFalse();
        JsonNode lastName = field(describe, "LastName");
        assertThat(lastName.get("type").asText()).isEqualTo("string");
        assertThat(lastName.get("soapType").asText()).isEqualTo("xsd:string");
        assertThat(lastName.get("length").asInt()).isEqualTo(80);
        assertThat(lastName.get("nillable").asBoolean()).isFalse();
        assertThat(lastName.get("custom").asBoolean()).isFalse();
        assertThat(field(describe, "SystemModstamp").get("updateable").asBoolean()).isFalse();
        assertThat(field(describe, "SystemModstamp").get("type").asText()).isEqualTo("datetime");
        assertThat(field(describe, "External_Genesys_ID__c").get("externalId").asBoolean()).isTrue();
        JsonNode tier = field(describe, "Customer_Tier__c");
        assertThat(tier.get("label").asText()).isEqualTo("Customer Tier");
        assertThat(tier.get("type").asText()).isEqualTo("picklist");
        assertThat(tier.get("length").asInt()).isEqualTo(255);
        assertThat(tier.get("custom").asBoolean()).isTrue();
        assertThat(tier.get("createable").asBoolean()).isTrue();
        assertThat(tier.get("updateable").asBoolean()).isTrue();
        assertThat(tier.get("nillable").asBoolean()).isTrue();
        assertThat(tier.get("restrictedPicklist").asBoolean()).isTrue();
        assertThat(tier.get("picklistValues").findValuesAsText("value")).containsExactly("Gold", "Silver");
        assertThat(tier.get("picklistValues").get(0).get("label").asText()).isEqualTo("Gold");
        assertThat(tier.get("picklistValues").get(0).get("active").asBoolean()).isTrue();
        assertThat(field(describe, "Interests__c").get("type").asText()).isEqualTo("multipicklist");
        assertThat(field(describe, "Nickname__c").get("length").asInt()).isEqualTo(10);
        assertThat(field(describe, "Agent_Notes__c").get("type").asText()).isEqualTo("textarea");
        assertThat(field(describe, "Agent_Notes__c").get("filterable").asBoolean()).isFalse();
        assertThat(field(describe, "Score__c").get("soapType").asText()).isEqualTo("xsd:double");
        assertThat(field(describe, "Vip__c").get("type").asText()).isEqualTo("boolean");
        assertThat(field(describe, "Vip__c").get("nillable").asBoolean()).isFalse();
        assertThat(field(describe, "Renewal__c").get("soapType").asText()).isEqualTo("xsd:date");
        assertThat(field(describe, "Last_Call__c").get("soapType").asText()).isEqualTo("xsd:dateTime");
        assertThat(field(describe, "Billing_Email__c").get("type").asText()).isEqualTo("email");
        assertThat(field(describe, "Pager__c").get("type").asText()).isEqualTo("phone");
    }

    @Test
    void describeOfAnUnknownSObjectIsNotFound() {
        SalesforceTestServer.Response response = sf.get(API + "/sobjects/Invoice__c/describe", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anUndeclaredCustomFieldIsAnInvalidFieldInSoql() {
        SalesforceTestServer.Response response = sf.query("SELECT Id, Shoe_Size__c FROM Contact", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(response.json().get(0).get("message").asText())
                .contains("No such column 'Shoe_Size__c' on entity 'Contact'");
    }

    @Test
    void collectionsRefuseBadCustomValuesPerRecordAndWriteTheRest() {
        String id = sf.create(token, "{\"LastName\":\"Hopper\"}");

        SalesforceTestServer.Response response = sf.call("PATCH", API + "/composite/sobjects", token,
                "{\"allOrNone\":false,\"records\":["
                        + "{\"attributes\":{\"type\":\"Contact\"},\"id\":\"" + id + "\",\"Customer_Tier__c\":\"Silver\"},"
                        + "{\"attributes\":{\"type\":\"Contact\"},\"id\":\"" + id + "\",\"Customer_Tier__c\":\"Platinum\"},"
                        + "{\"attributes\":{\"type\":\"Contact\"},\"id\":\"" + id + "\",\"Interests__c\":\"Golf;Darts\"},"
                        + "{\"attributes\":{\"type\":\"Contact\"},\"id\":\"" + id + "\",\"Nickname__c\":\"Amazing Grace\"},"
                        + "{\"attributes\":{\"type\":\"Contact\"},\"id\":\"" + id + "\",\"Score__c\":\"high\"},"
                        + "{\"attributes\":{\"type\":\"Contact\"},\"id\":\"" + id + "\",\"Vip__c\":\"yes\"},"
                        + "{\"attributes\":{\"type\":\"Contact\"},\"id\":\"" + id + "\",\"Last_Call__c\":\"2026-12-01 10:15 UTC\"}]}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json();
        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertError(results.get(1), "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                "Customer Tier: bad value for restricted picklist field: Platinum", "Customer_Tier__c");
        assertError(results.get(2), "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                "Interests: bad value for restricted picklist field: Darts", "Interests__c");
        assertError(results.get(3), "STRING_TOO_LONG",
                "Nickname: data value too large: Amazing Grace (max length=10)", "Nickname__c");
        assertError(results.get(4), "JSON_PARSER_ERROR", "Cannot deserialize instance of double from VALUE_STRING value"
                + " high or request may be missing a required field", "Score__c");
        assertError(results.get(5), "JSON_PARSER_ERROR", "Cannot deserialize instance of boolean from VALUE_STRING value"
                + " yes or request may be missing a required field", "Vip__c");
        assertError(results.get(6), "JSON_PARSER_ERROR", "Cannot deserialize instance of datetime from VALUE_STRING"
                + " value 2026-12-01 10:15 UTC or request may be missing a required field", "Last_Call__c");
        JsonNode stored = sf.contact(token, id);
        assertThat(stored.get("Customer_Tier__c").asText()).isEqualTo("Silver");
        assertThat(stored.get("Interests__c").isNull()).isTrue();
        assertThat(stored.get("Nickname__c").isNull()).isTrue();
    }

    @Test
    void redeclaringAFieldKeepsItsValuesAndItsFirstSpelling() {
        String id = sf.create(token, "{\"LastName\":\"Turing\",\"Customer_Tier__c\":\"Gold\"}");

        assertThat(sf.call("POST", "/__sandbox/fields", null, "{\"object\":\"Contact\",\"fields\":[{\"name\":"
                + "\"CUSTOMER_TIER__c\",\"type\":\"picklist\",\"values\":[\"Gold\",\"Silver\",\"Bronze\"]}]}").status())
                .isEqualTo(200);

        JsonNode stored = sf.contact(token, id);
        assertThat(stored.get("Customer_Tier__c").asText()).isEqualTo("Gold");
        assertThat(sf.call("PATCH", API + "/sobjects/Contact/" + id, token, "{\"Customer_Tier__c\":\"Bronze\"}")
                .status()).isEqualTo(204);
    }

    @Test
    void anUnrestrictedPicklistAcceptsAnyValue() {
        assertThat(sf.call("POST", "/__sandbox/fields", null, "{\"object\":\"Contact\",\"fields\":[{\"name\":"
                + "\"Source__c\",\"type\":\"picklist\",\"values\":[\"Web\"],\"restricted\":false}]}").status())
                .isEqualTo(200);

        String id = sf.create(token, "{\"LastName\":\"Knuth\",\"Source__c\":\"Conference\"}");

        assertThat(sf.contact(token, id).get("Source__c").asText()).isEqualTo("Conference");
    }

    @Test
    void badDeclarationsAreRefusedWithTheReason() {
        assertRefused("{\"object\":\"Opportunity\",\"fields\":[{\"name\":\"X__c\",\"type\":\"text\"}]}", "object must be Contact or Account");
        assertRefused("{\"object\":\"Contact\",\"fields\":[{\"name\":\"Tier\",\"type\":\"text\"}]}", "custom field API name");
        assertRefused("{\"object\":\"Contact\",\"fields\":[{\"name\":\"Tier__c\",\"type\":\"currency\"}]}", "type must be");
        assertRefused("{\"object\":\"Contact\",\"fields\":[{\"name\":\"Tier__c\",\"type\":\"picklist\"}]}", "needs its values");
        assertRefused("{\"object\":\"Contact\",\"fields\":[{\"name\":\"Tier__c\",\"type\":\"text\",\"length\":256}]}",
                "length must be between 1 and 255");
        assertRefused("{\"object\":\"Contact\",\"fields\":[{\"name\":\"External_Genesys_ID__c\",\"type\":\"text\"}]}",
                "standard field");
    }

    @Test
    void resetForgetsTheCustomFieldsDeclaredSinceItsStart() {
        assertThat(sf.call("POST", "/__sandbox/reset", null, "{}").status()).isEqualTo(200);

        SalesforceTestServer.Response response = sf.query("SELECT Nickname__c FROM Contact", sf.login());
        SalesforceTestServer.Response settingsField = sf.query("SELECT Genesys_Tags__c FROM Contact", sf.login());

        assertThat(settingsField.status()).as("a field of the settings stays").isEqualTo(200);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD");
    }

    private static JsonNode field(JsonNode describe, String name) {
        for (JsonNode field : describe.get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("describe has no field " + name);
    }

    @Test
    void theSandboxSettingsDeclareCustomFieldsThatAResetKeeps() {
        SandboxSettings settings = SandboxSettings.from(new String[] {"--salesforce-fields={\"object\":\"Contact\","
                + "\"fields\":[{\"name\":\"Preferred_Language__c\",\"type\":\"picklist\",\"values\":[\"en\",\"fr\"]}]}"},
                Map.of());
        try (SalesforceTestServer demo = new SalesforceTestServer(Clock.systemUTC(), settings.salesforce())) {
            assertThat(demo.call("POST", "/__sandbox/reset", null, "{}").status()).isEqualTo(200);
            String demoToken = demo.login();

            String id = demo.create(demoToken, "{\"LastName\":\"Curie\",\"Preferred_Language__c\":\"fr\"}");

            assertThat(demo.contact(demoToken, id).get("Preferred_Language__c").asText()).isEqualTo("fr");
            JsonNode describe = demo.get(API + "/sobjects/Contact/describe", demoToken).json();
            assertThat(field(describe, "Preferred_Language__c").get("picklistValues").findValuesAsText("value"))
                    .containsExactly("en", "fr");
        }
    }

    @Test
    void badSandboxSettingsFieldsStopTheStartWithTheReason() {
        SandboxSettings settings = SandboxSettings.from(new String[] {"--salesforce-fields={\"object\":\"Contact\","
                + "\"fields\":[{\"name\":\"Tier\",\"type\":\"text\"}]}"}, Map.of());

        assertThatThrownBy(() -> new SalesforceEmulator(EmulatorContext.create(Clock.systemUTC()), settings.salesforce()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SANDBOX_SALESFORCE_FIELDS")
                .hasMessageContaining("custom field API name");
    }

    private void assertRefused(String declaration, String reason) {
        SalesforceTestServer.Response response = sf.call("POST", "/__sandbox/fields", null, declaration);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains(reason);
    }

    private static void assertError(JsonNode result, String statusCode, String message, String field) {
        assertThat(result.get("success").asBoolean()).isFalse();
        JsonNode error = result.get("errors").get(0);
        assertThat(error.get("statusCode").asText()).isEqualTo(statusCode);
        assertThat(error.get("message").asText()).isEqualTo(message);
        assertThat(error.get("fields").get(0).asText()).isEqualTo(field);
    }
}
