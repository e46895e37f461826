package io.contactsync.sandbox.salesforce;

import io.contactsync.testing.PlainHttp;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.sandbox.SeedRequest;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.component.salesforce.api.dto.PickListValue;
import org.apache.camel.component.salesforce.api.dto.SObjectDescription;
import org.apache.camel.component.salesforce.api.dto.SObjectField;
import org.apache.camel.component.salesforce.api.dto.SaveSObjectResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static io.contactsync.sandbox.salesforce.SalesforceTestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** camel-salesforce 4.18.0, unchanged, in a real CamelContext against the emulator. */
class CamelSalesforceCompatibilityTest {

    private static CamelOnSalesforceSandbox sf;
    private static Sandbox sandbox;
    private static SalesforceEmulator emulator;
    private static SandboxSettings.Salesforce settings;
    private final HttpClient http = PlainHttp.client();

    @BeforeAll
    static void startSandbox() {
        sf = new CamelOnSalesforceSandbox();
        sandbox = sf.sandbox;
        emulator = sf.emulator;
        settings = sf.settings;
    }

    @AfterAll
    static void stopSandbox() {
        sf.close();
    }

    @BeforeEach
    void resetEmulator() throws Exception {
        control("/reset", "{}");
    }

    @AfterEach
    void stopCamel() {
        sf.stopCamel();
    }

    private ProducerTemplate camelWith(Consumer<SalesforceComponent> login) {
        return sf.camelWith(login);
    }

    private ProducerTemplate camelWithPassword() {
        return sf.camelWithPassword();
    }

    private String control(String path, String json) throws IOException, InterruptedException {
        return sf.control(path, json);
    }

    private static String query(ProducerTemplate template, String soql) {
        return CamelOnSalesforceSandbox.query(template, soql);
    }

    private static long tokenRequests() {
        return sandbox.salesforce().context().stats().snapshot().getOrDefault("POST /services/oauth2/token", 0L);
    }

    @Test
    void logsInWithEachGrantType() throws Exception {
        emulator.seed(new SeedRequest(3, 1L, 0.5, 0.1, false));
        String refreshToken = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(sandbox.salesforce()
                        .baseUrl() + "/services/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + settings.clientId()
                        + "&client_secret=" + settings.clientSecret() + "&username=" + settings.username()
                        + "&password=" + settings.password())).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get("refresh_token").asText();

        List<Consumer<SalesforceComponent>> logins = List.of(
                sf -> {
                    sf.setUserName(settings.username());
                    sf.setPassword(settings.password());
                },
                sf -> sf.setRefreshToken(refreshToken),
                sf -> sf.setAuthenticationType(AuthenticationType.CLIENT_CREDENTIALS));
        for (Consumer<SalesforceComponent> login : logins) {
            long before = tokenRequests();
            ProducerTemplate template = camelWith(login);

            JsonNode result = JSON.readTree(query(template, "SELECT Id FROM Contact"));

            assertThat(result.get("totalSize").asInt()).isEqualTo(3);
            assertThat(tokenRequests()).isEqualTo(before + 1);
            sf.stopCamel();
        }
    }

    @Test
    void pagesAQueryPastTwoThousandRowsWithQueryMoreAndReturnsEveryRowOnce() throws Exception {
        emulator.seed(new SeedRequest(4_500, 5L, 0.5, 0.1, false));
        ProducerTemplate template = camelWithPassword();

        Set<String> ids = new HashSet<>();
        int rows = 0;
        JsonNode page = JSON.readTree(query(template, "SELECT Id, Email FROM Contact ORDER BY SystemModstamp, Id"));
        while (true) {
            for (JsonNode record : page.get("records")) {
                ids.add(record.get("Id").asText());
                rows++;
            }
            if (page.get("done").asBoolean()) {
                break;
            }
            page = JSON.readTree(template.requestBodyAndHeader("salesforce:queryMore?rawPayload=true", null,
                    "sObjectQuery", page.get("nextRecordsUrl").asText(), String.class));
        }

        assertThat(rows).isEqualTo(4_500);
        assertThat(ids).hasSize(4_500);
    }

    @Test
    void createsReadsUpdatesAndDeletesAContact() throws Exception {
        ProducerTemplate template = camelWithPassword();

        String created = template.requestBody("salesforce:createSObject?sObjectName=Contact&rawPayload=true",
                "{\"FirstName\":\"Grace\",\"LastName\":\"Hopper\",\"Email\":\"grace@example.com\"}", String.class);
        String id = JSON.readTree(created).get("id").asText();
        template.requestBodyAndHeader("salesforce:updateSObject?sObjectName=Contact&rawPayload=true",
                "{\"Title\":\"Rear Admiral\"}", "sObjectId", id, String.class);
        JsonNode read = JSON.readTree(template.requestBodyAndHeader(
                "salesforce:getSObject?sObjectName=Contact&rawPayload=true&sObjectFields=LastName,Title,Email", null,
                "sObjectId", id, String.class));
        template.requestBodyAndHeader("salesforce:deleteSObject?sObjectName=Contact&rawPayload=true", null,
                "sObjectId", id, String.class);

        assertThat(read.get("LastName").asText()).isEqualTo("Hopper");
        assertThat(read.get("Title").asText()).isEqualTo("Rear Admiral");
        assertThat(read.get("Email").asText()).isEqualTo("grace@example.com");
        assertThat(JSON.readTree(query(template, "SELECT Id FROM Contact")).get("totalSize").asInt()).isZero();
        JsonNode deleted = JSON.readTree(CamelOnSalesforceSandbox.queryAll(template, "SELECT Id, IsDeleted FROM Contact"));
        assertThat(deleted.get("records").get(0).get("Id").asText()).isEqualTo(id);
        assertThat(deleted.get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
    }

    @Test
    void compositeCollectionReportsTheBadRecordAndKeepsTheOthers() throws Exception {
        ProducerTemplate template = camelWithPassword();
        List<Map<String, Object>> records = List.of(contact("Good", "good@example.com"),
                contact("Bad", "not-an-email"), contact("Fine", "fine@example.com"));

        List<?> results = template.requestBody("salesforce:compositeCreateSObjectCollections?allOrNone=false",
                records, List.class);

        assertThat(results).hasSize(3);
        SaveSObjectResult good = (SaveSObjectResult) results.get(0);
        SaveSObjectResult bad = (SaveSObjectResult) results.get(1);
        assertThat(good.getSuccess()).isTrue();
        assertThat(bad.getSuccess()).isFalse();
        assertThat(bad.getErrors().get(0).getErrorCode()).isEqualTo("INVALID_EMAIL_ADDRESS");
        assertThat(((SaveSObjectResult) results.get(2)).getSuccess()).isTrue();
        JsonNode stored = JSON.readTree(query(template, "SELECT LastName FROM Contact ORDER BY LastName"));
        assertThat(stored.findValuesAsText("LastName")).containsExactly("Fine", "Good");
    }

    private static Map<String, Object> contact(String lastName, String email) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("attributes", Map.of("type", "Contact"));
        contact.put("LastName", lastName);
        contact.put("Email", email);
        return contact;
    }

    @Test
    void describesACustomPicklistAndWritesAndQueriesItThroughCollections() throws Exception {
        control("/fields", "{\"object\":\"Contact\",\"fields\":[{\"name\":\"Customer_Tier__c\","
                + "\"type\":\"picklist\",\"length\":255,\"values\":[\"Gold\",\"Silver\"]}]}");
        ProducerTemplate template = camelWithPassword();
        String id = JSON.readTree(template.requestBody("salesforce:createSObject?sObjectName=Contact&rawPayload=true",
                "{\"LastName\":\"Lovelace\"}", String.class)).get("id").asText();

        SObjectDescription description = template.requestBody("salesforce:getDescription?sObjectName=Contact", null,
                SObjectDescription.class);
        Map<String, Object> gold = new LinkedHashMap<>(Map.of("attributes", Map.of("type", "Contact"), "Id", id,
                "Customer_Tier__c", "Gold"));
        Map<String, Object> platinum = new LinkedHashMap<>(Map.of("attributes", Map.of("type", "Contact"), "Id", id,
                "Customer_Tier__c", "Platinum"));
        List<?> results = template.requestBody("salesforce:compositeUpdateSObjectCollections?allOrNone=false",
                List.of(gold, platinum), List.class);

        SObjectField tier = description.getFields().stream().filter(f -> f.getName().equals("Customer_Tier__c"))
                .findFirst().orElseThrow();
        assertThat(description.getName()).isEqualTo("Contact");
        assertThat(tier.getType()).isEqualTo("picklist");
        assertThat(tier.isCustom()).isTrue();
        assertThat(tier.isUpdateable()).isTrue();
        assertThat(tier.isRestrictedPicklist()).isTrue();
        assertThat(tier.getPicklistValues()).extracting(PickListValue::getValue).containsExactly("Gold", "Silver");
        assertThat(((SaveSObjectResult) results.get(0)).getSuccess()).isTrue();
        assertThat(((SaveSObjectResult) results.get(1)).getErrors().get(0).getErrorCode())
                .isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        JsonNode stored = JSON.readTree(query(template, "SELECT Customer_Tier__c FROM Contact WHERE Id = '" + id + "'"));
        assertThat(stored.findValuesAsText("Customer_Tier__c")).containsExactly("Gold");
    }

    @Test
    void describeOfAnUnknownSObjectSurfacesAsNotFound() {
        ProducerTemplate template = camelWithPassword();

        assertThatThrownBy(() -> template.requestBody("salesforce:getDescription?sObjectName=Invoice__c", null,
                SObjectDescription.class)).isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getErrors().get(0).getErrorCode()).isEqualTo("NOT_FOUND");
                });
    }

    @Test
    void reLogsInAfterTheTokensExpireAndRepeatsTheRequestWithItsBody() throws Exception {
        ProducerTemplate template = camelWithPassword();
        long loginsBefore = tokenRequests();
        control("/faults", "{\"expireTokens\":true}");

        String created = template.requestBody("salesforce:createSObject?sObjectName=Contact&rawPayload=true",
                "{\"LastName\":\"AfterRelogin\"}", String.class);

        assertThat(JSON.readTree(created).get("success").asBoolean()).isTrue();
        assertThat(tokenRequests()).isEqualTo(loginsBefore + 1);
        JsonNode stored = JSON.readTree(query(template, "SELECT LastName FROM Contact"));
        assertThat(stored.findValuesAsText("LastName")).containsExactly("AfterRelogin");
    }

    @Test
    void rawOperationReLogsInAfterTheTokensExpireAndKeepsItsBody() throws Exception {
        ProducerTemplate template = camelWithPassword();
        template.requestBody("salesforce:raw?rawMethod=GET&rawPath=/services/data/v56.0/limits", null, String.class);
        control("/faults", "{\"expireTokens\":true}");

        String created = template.requestBody("salesforce:raw?rawMethod=POST"
                + "&rawPath=/services/data/v56.0/sobjects/Contact", "{\"LastName\":\"RawAfterRelogin\"}", String.class);

        assertThat(JSON.readTree(created).get("success").asBoolean()).isTrue();
        JsonNode stored = JSON.readTree(query(template, "SELECT LastName FROM Contact"));
        assertThat(stored.findValuesAsText("LastName")).containsExactly("RawAfterRelogin");
    }

    @Test
    void malformedQuerySurfacesAsSalesforceExceptionWithItsCode() {
        ProducerTemplate template = camelWithPassword();

        assertThatThrownBy(() -> query(template, "SELECT Id FROM Contact WHERE Email = 'a' AND Title = 'b' OR x = 1"))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getErrors().get(0).getErrorCode()).isEqualTo("MALFORMED_QUERY");
                });
    }
}
