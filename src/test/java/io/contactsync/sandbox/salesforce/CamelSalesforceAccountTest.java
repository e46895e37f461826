package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.component.salesforce.api.dto.ChildRelationShip;
import org.apache.camel.component.salesforce.api.dto.DeleteSObjectResult;
import org.apache.camel.component.salesforce.api.dto.SObjectDescription;
import org.apache.camel.component.salesforce.api.dto.SObjectField;
import org.apache.camel.component.salesforce.api.dto.SaveSObjectResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.contactsync.sandbox.salesforce.CamelOnSalesforceSandbox.query;
import static io.contactsync.sandbox.salesforce.CamelOnSalesforceSandbox.queryAll;
import static io.contactsync.sandbox.salesforce.SalesforceTestServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account, and the Contact's AccountId lookup, through camel-salesforce 4.18.0 unchanged. */
class CamelSalesforceAccountTest {

    private static CamelOnSalesforceSandbox sf;
    private ProducerTemplate template;

    @BeforeAll
    static void startSandbox() {
        sf = new CamelOnSalesforceSandbox();
    }

    @AfterAll
    static void stopSandbox() {
        sf.close();
    }

    @BeforeEach
    void resetAndLogIn() throws Exception {
        sf.control("/reset", "{}");
        template = sf.camelWithPassword();
    }

    @AfterEach
    void stopCamel() {
        sf.stopCamel();
    }

    private String create(String sObject, String json) throws Exception {
        return JSON.readTree(template.requestBody("salesforce:createSObject?sObjectName=" + sObject
                + "&rawPayload=true", json, String.class)).get("id").asText();
    }

    @Test
    void createsReadsUpdatesAndQueriesAnAccountBySystemModstamp() throws Exception {
        String id = create("Account", "{\"Name\":\"Acme Corporation\",\"Phone\":\"(317) 555-0100\","
                + "\"Industry\":\"Manufacturing\",\"BillingCity\":\"Indianapolis\"}");
        template.requestBodyAndHeader("salesforce:updateSObject?sObjectName=Account&rawPayload=true",
                "{\"Website\":\"https://acme.example.com\",\"Industry\":\"Rocketry\"}", "sObjectId", id, String.class);

        JsonNode read = JSON.readTree(template.requestBodyAndHeader("salesforce:getSObject?sObjectName=Account"
                + "&rawPayload=true&sObjectFields=Name,Website,Industry,BillingCity", null, "sObjectId", id, String.class));
        JsonNode rows = JSON.readTree(query(template, "SELECT Id, Name, Phone, SystemModstamp FROM Account"
                + " WHERE SystemModstamp > 2000-01-01T00:00:00Z ORDER BY SystemModstamp, Id"));

        assertThat(id).startsWith("001").hasSize(18);
        assertThat(read.get("attributes").get("type").asText()).isEqualTo("Account");
        assertThat(read.get("Name").asText()).isEqualTo("Acme Corporation");
        assertThat(read.get("Website").asText()).isEqualTo("https://acme.example.com");
        assertThat(read.get("Industry").asText()).as("Industry is not a restricted picklist").isEqualTo("Rocketry");
        assertThat(read.get("BillingCity").asText()).isEqualTo("Indianapolis");
        assertThat(rows.get("totalSize").asInt()).isEqualTo(1);
        JsonNode row = rows.get("records").get(0);
        assertThat(row.get("attributes").get("url").asText()).isEqualTo("/services/data/v56.0/sobjects/Account/" + id);
        assertThat(row.get("Phone").asText()).isEqualTo("(317) 555-0100");
        assertThat(row.get("SystemModstamp").asText()).endsWith("+0000");
    }

    @Test
    void describesAccountAndTheContactsLookupToIt() {
        SObjectDescription account = template.requestBody("salesforce:getDescription?sObjectName=Account", null,
                SObjectDescription.class);
        SObjectDescription contact = template.requestBody("salesforce:getDescription?sObjectName=Contact", null,
                SObjectDescription.class);

        assertThat(account.getName()).isEqualTo("Account");
        assertThat(account.getKeyPrefix()).isEqualTo("001");
        SObjectField name = field(account, "Name");
        assertThat(name.getLength()).isEqualTo(255);
        assertThat(name.isNillable()).isFalse();
        assertThat(name.isNameField()).isTrue();
        assertThat(field(account, "Website").getType()).isEqualTo("url");
        SObjectField industry = field(account, "Industry");
        assertThat(industry.getType()).isEqualTo("picklist");
        assertThat(industry.isRestrictedPicklist()).isFalse();
        assertThat(field(account, "IsDeleted").getType()).isEqualTo("boolean");
        ChildRelationShip contacts = account.getChildRelationships().get(0);
        assertThat(contacts.getChildSObject()).isEqualTo("Contact");
        assertThat(contacts.getField()).isEqualTo("AccountId");
        assertThat(contacts.getRelationshipName()).isEqualTo("Contacts");
        assertThat(contacts.isCascadeDelete()).isTrue();
        SObjectField accountId = field(contact, "AccountId");
        assertThat(accountId.getType()).isEqualTo("reference");
        assertThat(accountId.getReferenceTo()).containsExactly("Account");
        assertThat(accountId.getRelationshipName()).isEqualTo("Account");
        assertThat(accountId.isUpdateable()).isTrue();
        assertThat(field(contact, "CreatedById").getReferenceTo()).containsExactly("User");
    }

    @Test
    void aContactsQueryReturnsItsAccountNameAsANestedRecordOrNull() throws Exception {
        String acme = create("Account", "{\"Name\":\"Acme\",\"Phone\":\"555-0100\"}");
        String ada = create("Contact", "{\"LastName\":\"Lovelace\",\"AccountId\":\"" + acme.substring(0, 15) + "\"}");
        create("Contact", "{\"LastName\":\"Hopper\"}");

        JsonNode rows = JSON.readTree(query(template, "SELECT Id, LastName, AccountId, Account.Name, Account.Phone"
                + " FROM Contact ORDER BY LastName")).get("records");

        JsonNode hopper = rows.get(0);
        JsonNode lovelace = rows.get(1);
        assertThat(hopper.get("AccountId").isNull()).isTrue();
        assertThat(hopper.get("Account").isNull()).isTrue();
        assertThat(lovelace.get("Id").asText()).isEqualTo(ada);
        assertThat(lovelace.get("AccountId").asText()).as("stored in its 18-character form").isEqualTo(acme);
        JsonNode account = lovelace.get("Account");
        assertThat(account.get("attributes").get("type").asText()).isEqualTo("Account");
        assertThat(account.get("attributes").get("url").asText()).isEqualTo("/services/data/v56.0/sobjects/Account/" + acme);
        assertThat(account.get("Name").asText()).isEqualTo("Acme");
        assertThat(account.get("Phone").asText()).isEqualTo("555-0100");
        assertThat(JSON.readTree(query(template, "SELECT Id FROM Contact WHERE AccountId = '" + acme + "'"))
                .findValuesAsText("Id")).containsExactly(ada);
    }

    @Test
    void aLookupToNoAccountIsRefusedWithSalesforcesErrorCode() throws Exception {
        String acme = create("Account", "{\"Name\":\"Acme\"}");
        String contact = create("Contact", "{\"LastName\":\"Turing\"}");
        String missing = EmulatedSalesforceIds.id(EmulatedSalesforceIds.ACCOUNT_PREFIX, 999);
        String gone = create("Account", "{\"Name\":\"Gone\"}");
        template.requestBodyAndHeader("salesforce:deleteSObject?sObjectName=Account", null, "sObjectId", gone);

        assertRefused("{\"LastName\":\"X\",\"AccountId\":\"not-an-id\"}", "MALFORMED_ID",
                "Account ID: id value of incorrect type: not-an-id");
        assertRefused("{\"LastName\":\"X\",\"AccountId\":\"" + contact + "\"}", "FIELD_INTEGRITY_EXCEPTION",
                "Account ID: id value of incorrect type: " + contact);
        assertRefused("{\"LastName\":\"X\",\"AccountId\":\"" + missing + "\"}", "INVALID_CROSS_REFERENCE_KEY",
                "invalid cross reference id");
        assertRefused("{\"LastName\":\"X\",\"AccountId\":\"" + gone + "\"}", "ENTITY_IS_DELETED", "entity is deleted");
        assertThatThrownBy(() -> create("Account", "{\"Phone\":\"555\"}")).cause()
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.getErrors().get(0).getErrorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
                    assertThat(e.getErrors().get(0).getFields()).containsExactly("Name");
                });
        JsonNode contacts = JSON.readTree(query(template, "SELECT LastName, AccountId FROM Contact"));
        assertThat(contacts.findValuesAsText("LastName")).containsExactly("Turing");
        assertThat(JSON.readTree(query(template, "SELECT Name FROM Account")).findValuesAsText("Name"))
                .containsExactly("Acme");
    }

    private void assertRefused(String contact, String errorCode, String message) {
        assertThatThrownBy(() -> create("Contact", contact)).isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOfSatisfying(SalesforceException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getErrors().get(0).getErrorCode()).isEqualTo(errorCode);
                    assertThat(e.getErrors().get(0).getMessage()).isEqualTo(message);
                    assertThat(e.getErrors().get(0).getFields()).containsExactly("AccountId");
                });
    }

    @Test
    void deletingAnAccountDeletesItsContactsWhichQueryAllShowsDeleted() throws Exception {
        String acme = create("Account", "{\"Name\":\"Acme\"}");
        String globex = create("Account", "{\"Name\":\"Globex\"}");
        String ada = create("Contact", "{\"LastName\":\"Lovelace\",\"AccountId\":\"" + acme + "\"}");
        String grace = create("Contact", "{\"LastName\":\"Hopper\",\"AccountId\":\"" + acme + "\"}");
        String alan = create("Contact", "{\"LastName\":\"Turing\",\"AccountId\":\"" + globex + "\"}");

        template.requestBodyAndHeader("salesforce:deleteSObject?sObjectName=Account", null, "sObjectId", acme);

        assertThat(JSON.readTree(query(template, "SELECT Id FROM Contact")).findValuesAsText("Id")).containsExactly(alan);
        JsonNode deleted = JSON.readTree(queryAll(template, "SELECT Id, IsDeleted, Account.Name FROM Contact"
                + " WHERE IsDeleted = true ORDER BY LastName"));
        assertThat(deleted.findValuesAsText("Id")).containsExactly(grace, ada);
        assertThat(deleted.get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
        assertThat(deleted.get("records").get(0).get("Account").get("Name").asText()).isEqualTo("Acme");
        JsonNode accounts = JSON.readTree(queryAll(template, "SELECT Id, IsDeleted FROM Account ORDER BY Name"));
        assertThat(accounts.findValuesAsText("IsDeleted")).containsExactly("true", "false");
        assertThat(JSON.readTree(query(template, "SELECT Id FROM Account")).findValuesAsText("Id")).containsExactly(globex);
    }

    @Test
    void collectionsWriteAccountsAndContactsByTheirAttributesType() throws Exception {
        List<?> created = template.requestBody("salesforce:compositeCreateSObjectCollections?allOrNone=false",
                List.of(record("Account", "Name", "Initech"), record("Contact", "LastName", "Lumbergh"),
                        record("Account", "Phone", "no name"), record("Opportunity", "Name", "Big deal")), List.class);

        assertThat(created).extracting(r -> ((SaveSObjectResult) r).getSuccess()).containsExactly(true, true, false, false);
        assertThat(((SaveSObjectResult) created.get(2)).getErrors().get(0).getErrorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(((SaveSObjectResult) created.get(3)).getErrors().get(0).getErrorCode()).isEqualTo("INVALID_TYPE");
        String initech = ((SaveSObjectResult) created.get(0)).getId();
        String lumbergh = ((SaveSObjectResult) created.get(1)).getId();
        Map<String, Object> rename = record("Account", "Name", "Initrode");
        rename.put("Id", initech);
        Map<String, Object> attach = record("Contact", "AccountId", initech);
        attach.put("Id", lumbergh);

        List<?> updated = template.requestBody("salesforce:compositeUpdateSObjectCollections?allOrNone=true",
                List.of(rename, attach), List.class);

        assertThat(updated).extracting(r -> ((SaveSObjectResult) r).getSuccess()).containsExactly(true, true);
        JsonNode row = JSON.readTree(query(template, "SELECT Account.Name FROM Contact")).get("records").get(0);
        assertThat(row.get("Account").get("Name").asText()).isEqualTo("Initrode");

        List<?> deleted = template.requestBodyAndHeader("salesforce:compositeDeleteSObjectCollections?allOrNone=false",
                null, "sObjectIds", List.of(initech), List.class);

        assertThat(((DeleteSObjectResult) deleted.get(0)).getSuccess()).isTrue();
        assertThat(JSON.readTree(query(template, "SELECT COUNT() FROM Contact")).get("totalSize").asInt()).isZero();
    }

    private static Map<String, Object> record(String type, String field, String value) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("attributes", Map.of("type", type));
        record.put(field, value);
        return record;
    }

    @Test
    void pagesAnAccountQueryPastTwoThousandRows() throws Exception {
        sf.control("/seed", "{\"count\":0,\"companies\":2500}");

        Set<String> ids = new HashSet<>();
        JsonNode page = JSON.readTree(query(template, "SELECT Id, Name FROM Account ORDER BY SystemModstamp, Id"));
        int pages = 1;
        ids.addAll(page.findValuesAsText("Id"));
        while (!page.get("done").asBoolean()) {
            page = JSON.readTree(template.requestBodyAndHeader("salesforce:queryMore?rawPayload=true", null,
                    "sObjectQuery", page.get("nextRecordsUrl").asText(), String.class));
            ids.addAll(page.findValuesAsText("Id"));
            pages++;
        }

        assertThat(pages).isEqualTo(2);
        assertThat(ids).hasSize(2500);
    }

    @Test
    void seedingCreatesCompaniesAsAccountsWithTheirContacts() throws Exception {
        JsonNode seeded = JSON.readTree(sf.control("/seed", "{\"count\":40,\"companies\":3,\"seed\":9}"));

        JsonNode accounts = JSON.readTree(query(template, "SELECT Id, Name, Website, BillingCity FROM Account"));
        JsonNode employed = JSON.readTree(query(template, "SELECT Id, Account.Name FROM Contact WHERE AccountId != null"));

        assertThat(seeded.get("total").asInt()).isEqualTo(40);
        assertThat(sf.emulator.accountCount()).isEqualTo(3);
        assertThat(accounts.get("totalSize").asInt()).isEqualTo(3);
        assertThat(accounts.findValuesAsText("Website")).allMatch(w -> w.startsWith("https://"));
        assertThat(employed.get("totalSize").asInt()).isBetween(20, 39);
        Set<String> employers = new HashSet<>();
        employed.get("records").forEach(r -> employers.add(r.get("Account").get("Name").asText()));
        assertThat(accounts.findValuesAsText("Name")).containsAll(employers);
    }

    @Test
    void customAccountFieldsAreDeclaredDescribedAndStored() throws Exception {
        JsonNode declared = JSON.readTree(sf.control("/fields", "{\"object\":\"account\",\"fields\":[{\"name\":"
                + "\"Tier__c\",\"type\":\"picklist\",\"values\":[\"Gold\",\"Silver\"]}]}"));

        String id = create("Account", "{\"Name\":\"Acme\",\"Tier__c\":\"Gold\"}");
        SObjectDescription account = template.requestBody("salesforce:getDescription?sObjectName=Account", null,
                SObjectDescription.class);
        SObjectDescription contact = template.requestBody("salesforce:getDescription?sObjectName=Contact", null,
                SObjectDescription.class);

        assertThat(declared.get("object").asText()).isEqualTo("Account");
        assertThat(field(account, "Tier__c").isCustom()).isTrue();
        assertThat(contact.getFields()).extracting(SObjectField::getName).doesNotContain("Tier__c");
        assertThat(JSON.readTree(query(template, "SELECT Tier__c FROM Account WHERE Id = '" + id + "'"))
                .findValuesAsText("Tier__c")).containsExactly("Gold");
    }

    private static SObjectField field(SObjectDescription description, String name) {
        return description.getFields().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }
}
