package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.contactsync.sandbox.salesforce.SalesforceTestServer.API;
import static org.assertj.core.api.Assertions.assertThat;

class SalesforceCompositeTest {

    private static final String COLLECTIONS = API + "/composite/sobjects";

    private final SalesforceTestServer sf = new SalesforceTestServer();
    private final String token = sf.login();

    @AfterEach
    void stop() {
        sf.close();
    }

    private static String record(String fields) {
        return "{\"attributes\":{\"type\":\"Contact\"}," + fields + "}";
    }

    private int count() {
        return sf.query("SELECT COUNT() FROM Contact", token).json().get("totalSize").asInt();
    }

    @Test
    void createReportsEachRecordInOrderAndKeepsTheGoodOnes() {
        SalesforceTestServer.Response response = sf.call("POST", COLLECTIONS, token, "{\"allOrNone\":false,"
                + "\"records\":[" + record("\"LastName\":\"One\"") + "," + record("\"FirstName\":\"NoLast\"") + ","
                + record("\"LastName\":\"Three\",\"Email\":\"bad\"") + "," + "{\"LastName\":\"Untyped\"}" + ","
                + record("\"LastName\":\"Five\"") + "]}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json();
        assertThat(results.size()).isEqualTo(5);
        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertThat(results.get(0).get("id").asText()).startsWith("003");
        assertThat(results.get(1).toString()).isEqualTo("{\"success\":false,\"errors\":[{\"statusCode\":"
                + "\"REQUIRED_FIELD_MISSING\",\"message\":\"Required fields are missing: [LastName]\","
                + "\"fields\":[\"LastName\"]}]}");
        assertThat(results.get(2).get("errors").get(0).get("statusCode").asText()).isEqualTo("INVALID_EMAIL_ADDRESS");
        assertThat(results.get(3).get("errors").get(0).get("statusCode").asText()).isEqualTo("INVALID_TYPE");
        assertThat(results.get(4).get("success").asBoolean()).isTrue();
        assertThat(sf.query("SELECT LastName FROM Contact", token).json().findValuesAsText("LastName"))
                .containsExactly("One", "Five");
    }

    @Test
    void allOrNoneRollsBackTheContactsAnAccountsDeleteTookWithIt() {
        String account = sf.call("POST", API + "/sobjects/Account", token, "{\"Name\":\"Acme\"}").json().get("id").asText();
        sf.create(token, "{\"LastName\":\"Lovelace\",\"AccountId\":\"" + account + "\"}");
        String missing = EmulatedSalesforceIds.id(EmulatedSalesforceIds.CONTACT_PREFIX, 999_999);

        JsonNode results = sf.call("DELETE", COLLECTIONS + "?allOrNone=true&ids=" + account + "," + missing, token, null)
                .json();

        assertThat(results.get(0).get("errors").get(0).get("statusCode").asText())
                .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(results.get(1).get("errors").get(0).get("statusCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(count()).isEqualTo(1);
        assertThat(sf.query("SELECT COUNT() FROM Account", token).json().get("totalSize").asInt()).isEqualTo(1);
        assertThat(sf.get(API + "/queryAll?q=SELECT+Id+FROM+Contact+WHERE+IsDeleted+=+true", token).json()
                .get("totalSize").asInt()).isZero();
    }

    @Test
    void allOrNoneRollsEverythingBack() {
        String existing = sf.create(token, "{\"LastName\":\"Before\"}");

        JsonNode created = sf.call("POST", COLLECTIONS, token, "{\"allOrNone\":true,\"records\":["
                + record("\"LastName\":\"Good\"") + "," + record("\"Title\":\"no last name\"") + "]}").json();
        JsonNode updated = sf.call("PATCH", COLLECTIONS, token, "{\"allOrNone\":true,\"records\":["
                + record("\"id\":\"" + existing + "\",\"LastName\":\"After\"") + ","
                + record("\"id\":\"003000000000000AAA\",\"LastName\":\"Ghost\"") + "]}").json();

        assertThat(created.get(0).get("success").asBoolean()).isFalse();
        assertThat(created.get(0).get("errors").get(0).get("statusCode").asText())
                .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(created.get(1).get("errors").get(0).get("statusCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(updated.get(0).get("errors").get(0).get("statusCode").asText())
                .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(count()).isEqualTo(1);
        assertThat(sf.contact(token, existing).get("LastName").asText()).isEqualTo("Before");
    }

    @Test
    void updateNeedsAnIdPerRecord() {
        String id = sf.create(token, "{\"LastName\":\"Target\"}");

        JsonNode results = sf.call("PATCH", COLLECTIONS, token, "{\"records\":["
                + record("\"id\":\"" + id + "\",\"Title\":\"Updated\"") + "," + record("\"Title\":\"no id\"") + ","
                + record("\"id\":\"bogus\",\"Title\":\"x\"") + "]}").json();

        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertThat(results.get(0).get("id").asText()).isEqualTo(id);
        assertThat(results.get(1).get("errors").get(0).get("statusCode").asText()).isEqualTo("MISSING_ARGUMENT");
        assertThat(results.get(2).get("errors").get(0).get("statusCode").asText()).isEqualTo("MALFORMED_ID");
        assertThat(sf.contact(token, id).get("Title").asText()).isEqualTo("Updated");
    }

    @Test
    void deleteByIdsAndRetrieveByIds() {
        String first = sf.create(token, "{\"LastName\":\"First\",\"Email\":\"first@x.com\"}");
        String second = sf.create(token, "{\"LastName\":\"Second\"}");

        JsonNode deleted = sf.call("DELETE", COLLECTIONS + "?ids=" + second + ",003000000000000AAA&allOrNone=false",
                token, null).json();
        JsonNode retrieved = sf.call("POST", COLLECTIONS + "/Contact", token, "{\"ids\":[\"" + first + "\",\""
                + second + "\"],\"fields\":[\"LastName\",\"Email\"]}").json();

        assertThat(deleted.get(0).get("success").asBoolean()).isTrue();
        assertThat(deleted.get(1).get("success").asBoolean()).isFalse();
        assertThat(retrieved.get(0).get("LastName").asText()).isEqualTo("First");
        assertThat(retrieved.get(0).get("Email").asText()).isEqualTo("first@x.com");
        assertThat(retrieved.get(1).isNull()).isTrue();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void upsertCollectionReportsCreated() {
        sf.create(token, "{\"LastName\":\"Linked\",\"External_Genesys_ID__c\":\"gc-1\"}");

        JsonNode results = sf.call("PATCH", COLLECTIONS + "/Contact/External_Genesys_ID__c", token, "{\"records\":["
                + record("\"External_Genesys_ID__c\":\"gc-1\",\"Title\":\"Updated\"") + ","
                + record("\"External_Genesys_ID__c\":\"gc-2\",\"LastName\":\"New\"") + ","
                + record("\"LastName\":\"No key\"") + "]}").json();

        assertThat(results.get(0).get("created").asBoolean()).isFalse();
        assertThat(results.get(1).get("created").asBoolean()).isTrue();
        assertThat(results.get(2).get("errors").get(0).get("statusCode").asText()).isEqualTo("MISSING_ARGUMENT");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void moreThanTwoHundredRecordsAreRefusedWhole() {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            records.add(record("\"LastName\":\"N" + i + "\""));
        }

        SalesforceTestServer.Response response = sf.call("POST", COLLECTIONS, token, "{\"records\":["
                + String.join(",", records) + "]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get(0).get("errorCode").asText()).isEqualTo("EXCEEDED_ID_LIMIT");
        assertThat(count()).isZero();
    }
}
