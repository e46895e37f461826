package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.DeadLetter;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.ContactLink;
import io.contactsync.store.LinkStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Salesforce Accounts and Genesys Cloud external organizations, settled before the contacts that belong to them: both
 * systems' final state read through their APIs.
 */
class OrganizationScenarioTest {

    private static final String ACCOUNT = "/services/data/v56.0/sobjects/Account/";
    private static final String ORGANIZATIONS = "/api/v2/externalcontacts/organizations";

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;

    void start(Map<String, String> environment) {
        sync = new SyncHarness(data, environment);
        apis = sync.apis;
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.close();
        }
    }

    @Test
    void anAccountCreatedInSalesforceAppearsInGenesysWithItsContactsAttached() {
        start(Map.of());
        String initech = createAccount("Initech, Inc.", "https://www.initech.example/");
        String peter = createContact("Gibbons", "peter@initech.example", initech);
        String milton = createContact("Waddams", "milton@initech.example", initech);

        sync.runUntilQuiet(3);

        String organization = account(initech).path("External_Genesys_ID__c").asText();
        JsonNode inGenesys = apis.genesys("GET", ORGANIZATIONS + "/" + organization, null);
        assertThat(inGenesys.path("name").asText()).isEqualTo("Initech, Inc.");
        assertThat(inGenesys.path("websites").toString()).isEqualTo("[\"https://www.initech.example/\"]");
        assertThat(inGenesys.path("externalSystemUrl").asText()).endsWith("/lightning/r/Account/" + initech + "/view");
        for (String contact : List.of(peter, milton)) {
            JsonNode person = apis.genesysContact(genesysIdOf(contact));
            assertThat(person.path("externalOrganization").path("id").asText()).isEqualTo(organization);
            assertThat(apis.salesforceContact(contact).path("AccountId").asText()).isEqualTo(initech);
        }
        assertThat(apis.genesys("GET", ORGANIZATIONS + "/" + organization + "/contacts", null).path("entities"))
                .hasSize(2);
    }

    @Test
    void aContactMovedBetweenAccountsInSalesforceMovesInGenesys() {
        start(Map.of());
        String initech = createAccount("Initech", null);
        String initrode = createAccount("Initrode", null);
        String peter = createContact("Gibbons", "peter@initech.example", initech);
        sync.runUntilQuiet(3);

        apis.salesforce("PATCH", "/services/data/v56.0/sobjects/Contact/" + peter, Map.of("AccountId", initrode));
        sync.runUntilQuiet(3);

        assertThat(apis.genesysContact(genesysIdOf(peter)).path("externalOrganization").path("id").asText())
                .isEqualTo(account(initrode).path("External_Genesys_ID__c").asText());
        assertThat(apis.salesforceContact(peter).path("AccountId").asText()).isEqualTo(initrode);
    }

    @Test
    void aGenesysContactMovedToALinkedOrganizationGetsTheMatchingAccount() {
        start(Map.of());
        String initech = createAccount("Initech", null);
        String initrode = createAccount("Initrode", null);
        String peter = createContact("Gibbons", "peter@initech.example", initech);
        sync.runUntilQuiet(3);
        String initrodeInGenesys = account(initrode).path("External_Genesys_ID__c").asText();

        apis.updateGenesysContact(genesysIdOf(peter), contact -> contact.putObject("externalOrganization")
                .put("id", initrodeInGenesys));
        sync.runUntilQuiet(3);

        assertThat(apis.salesforceContact(peter).path("AccountId").asText()).isEqualTo(initrode);
        assertThat(apis.genesysContact(genesysIdOf(peter)).path("externalOrganization").path("id").asText())
                .isEqualTo(initrodeInGenesys);
    }

    @Test
    void anOrganizationRenamedInGenesysLosesToSalesforceAndIsRecordedAsAConflict() {
        start(Map.of());
        String initech = createAccount("Initech", null);
        sync.runUntilQuiet(3);
        String organization = account(initech).path("External_Genesys_ID__c").asText();

        apis.updateGenesysOrganization(organization, org -> org.put("name", "Initech Global"));
        sync.runUntilQuiet(3);

        assertThat(apis.genesys("GET", ORGANIZATIONS + "/" + organization, null).path("name").asText())
                .isEqualTo("Initech");
        assertThat(account(initech).path("Name").asText()).isEqualTo("Initech");
        assertThat(sync.store().conflicts().list(MappedObject.ORGANIZATION, ConflictStatus.AUTO_RESOLVED, 10)).singleElement()
                .satisfies(conflict -> {
                    assertThat(conflict.details().field()).isEqualTo("name");
                    assertThat(conflict.details().genesysValue()).as("the losing value").isEqualTo("Initech Global");
                    assertThat(conflict.details().winner()).isEqualTo(Side.SALESFORCE);
                });
    }

    @Test
    void anAccountDeletedInSalesforceUnlinksItsOrganizationAndLeavesNoActiveLink() {
        start(Map.of());
        Deleted deleted = deleteSyncedAccountWithAContact();

        assertThat(apis.genesys("GET", ORGANIZATIONS + "/" + deleted.organization(), null).path("name").asText())
                .as("UNLINK keeps the other side").isEqualTo("Initech");
        assertThat(link(Side.GENESYS, deleted.organization()).status()).isEqualTo(LinkStatus.DELETED_IN_SALESFORCE);
        assertThat(link(Side.GENESYS, deleted.contact()).status()).as("the account's contacts went with it")
                .isEqualTo(LinkStatus.DELETED_IN_SALESFORCE);
        assertThat(apis.salesforceContacts()).isEmpty();
    }

    @Test
    void underPropagateAnAccountDeletedInSalesforceDeletesItsOrganization() throws IOException {
        Path policies = Files.writeString(data.resolve("policies.yaml"), """
                organizations:
                  deletePolicy: PROPAGATE
                """);
        start(Map.of("SYNC_POLICIES_FILE", policies.toString()));
        Deleted deleted = deleteSyncedAccountWithAContact();

        assertThat(apis.genesys("GET", ORGANIZATIONS, null).path("entities")).isEmpty();
        assertThat(link(Side.GENESYS, deleted.organization()).status()).isEqualTo(LinkStatus.DELETED_IN_SALESFORCE);
        assertThat(apis.genesysContact(deleted.contact()).path("id").asText())
                .as("the contacts' own delete policy (UNLINK) keeps them").isEqualTo(deleted.contact());
        assertThat(apis.genesysContact(deleted.contact()).has("externalOrganization")).isFalse();
    }

    /** What Genesys Cloud held of an Account and its contact, deleted in Salesforce after they synced. */
    private record Deleted(String organization, String contact) {
    }

    private Deleted deleteSyncedAccountWithAContact() {
        String initech = createAccount("Initech", null);
        String peter = createContact("Gibbons", "peter@initech.example", initech);
        sync.runUntilQuiet(3);
        Deleted deleted = new Deleted(account(initech).path("External_Genesys_ID__c").asText(), genesysIdOf(peter));

        apis.salesforce("DELETE", ACCOUNT + initech, null);
        sync.runUntilQuiet(3);
        return deleted;
    }

    @Test
    void anOrganizationOnlyInGenesysIsNotCreatedInSalesforceAndItsContactIsLeftUnattached() {
        start(Map.of());
        String organization = createOrganization("Genesys-only Ltd");
        ObjectNode contact = SandboxApis.JSON.createObjectNode().put("lastName", "Lumbergh")
                .put("workEmail", "bill@only.example");
        contact.putObject("externalOrganization").put("id", organization);
        String bill = apis.createGenesysContact(contact);

        sync.runUntilQuiet(3);

        assertThat(apis.salesforce("GET", "/services/data/v56.0/query?q=SELECT+Id+FROM+Account", null)
                .path("totalSize").asInt()).isZero();
        JsonNode inSalesforce = apis.salesforceContacts(List.of("AccountId")).get(0);
        assertThat(inSalesforce.path("LastName").asText()).isEqualTo("Lumbergh");
        assertThat(inSalesforce.path("AccountId").isNull()).isTrue();
        assertThat(apis.genesysContact(bill).path("externalOrganization").path("id").asText())
                .as("Genesys Cloud keeps its organization").isEqualTo(organization);
    }

    @Test
    void organizationsBothWaysCreateAGenesysOnlyOrganizationInSalesforceBeforeItsContact() throws IOException {
        Path mapping = Files.writeString(data.resolve("organizations.yaml"), """
                extends: classpath:mapping/organization-mapping.yaml
                direction: BOTH
                """);
        start(Map.of("SYNC_ORGANIZATION_MAPPING_FILE", mapping.toString()));
        String organization = createOrganization("Chotchkie's");
        ObjectNode contact = SandboxApis.JSON.createObjectNode().put("lastName", "Joanna")
                .put("workEmail", "joanna@chotchkies.example");
        contact.putObject("externalOrganization").put("id", organization);
        apis.createGenesysContact(contact);

        sync.runUntilQuiet(3);

        JsonNode accounts = apis.salesforce("GET",
                "/services/data/v56.0/query?q=SELECT+Id,Name,External_Genesys_ID__c+FROM+Account", null);
        assertThat(accounts.path("records")).singleElement().satisfies(account -> {
            assertThat(account.path("Name").asText()).isEqualTo("Chotchkie's");
            assertThat(account.path("External_Genesys_ID__c").asText()).isEqualTo(organization);
            assertThat(apis.salesforceContacts(List.of("AccountId")).get(0).path("AccountId").asText())
                    .isEqualTo(account.path("Id").asText());
        });
    }

    @Test
    void aContactWaitsForItsOrganizationThatSalesforceRefusedAndFollowsItOnceFixed() throws IOException {
        Path mapping = Files.writeString(data.resolve("organizations.yaml"), """
                extends: classpath:mapping/organization-mapping.yaml
                direction: BOTH
                """);
        start(Map.of("SYNC_ORGANIZATION_MAPPING_FILE", mapping.toString()));
        // Genesys Cloud takes names of up to 1000 characters, a Salesforce Account 255
        String organization = createOrganization("Chotchkie's " + "x".repeat(300));
        ObjectNode contact = SandboxApis.JSON.createObjectNode().put("lastName", "Joanna")
                .put("workEmail", "joanna@chotchkies.example");
        contact.putObject("externalOrganization").put("id", organization);
        String joanna = apis.createGenesysContact(contact);

        sync.runCycle();
        sync.runCycle();

        assertThat(apis.salesforceContacts()).as("not created without its organization").isEmpty();
        List<DeadLetter> letters = sync.store().deadLetters().list(null, DeadLetterStatus.OPEN, 10);
        assertThat(letters).filteredOn(letter -> letter.object() == MappedObject.ORGANIZATION).singleElement()
                .satisfies(letter -> assertThat(letter.error()).contains("255"));
        assertThat(letters).filteredOn(letter -> letter.object() == MappedObject.CONTACT).singleElement()
                .satisfies(letter -> {
                    assertThat(letter.recordId()).isEqualTo(joanna);
                    assertThat(letter.error()).contains("its external organization " + organization
                            + " is not linked to a Salesforce Account yet: the contact waits");
                });

        apis.updateGenesysOrganization(organization, org -> org.put("name", "Chotchkie's"));
        sync.runUntilQuiet(4);

        JsonNode account = apis.salesforce("GET",
                "/services/data/v56.0/query?q=SELECT+Id,Name+FROM+Account", null).path("records").get(0);
        assertThat(account.path("Name").asText()).isEqualTo("Chotchkie's");
        assertThat(apis.salesforceContacts(List.of("AccountId"))).singleElement()
                .satisfies(person -> assertThat(person.path("AccountId").asText()).isEqualTo(account.path("Id").asText()));
        assertThat(sync.store().deadLetters().count(null, DeadLetterStatus.OPEN)).as("both closed themselves").isZero();
    }

    @Test
    void theAdminApiShowsEachObjectsMapping() {
        start(Map.of());
        AdminClient admin = new AdminClient(sync.adminUrl());

        JsonNode organizations = admin.get("/api/sync/mapping?object=organization").body();
        JsonNode contacts = admin.get("/api/sync/mapping").body();

        assertThat(organizations.path("direction").asText()).isEqualTo("SALESFORCE_TO_GENESYS");
        assertThat(organizations.path("fields").get(0).path("salesforceField").asText()).isEqualTo("Name");
        assertThat(contacts.path("direction").asText()).isEqualTo("BOTH");
        assertThat(contacts.findValuesAsText("genesysPath")).contains("externalOrganization.id");
        assertThat(admin.get("/api/sync/mapping?object=lead").status()).isEqualTo(400);
    }

    @Test
    void contactsOnlyWithTheOrganizationsOff() throws IOException {
        Path mapping = Files.writeString(data.resolve("contacts.yaml"), """
                extends: classpath:mapping/contact-mapping.yaml
                fields:
                  account: ~
                """);
        start(Map.of("SYNC_ORGANIZATION_MAPPING_FILE", "off", "SYNC_MAPPING_FILE", mapping.toString()));
        String initech = createAccount("Initech", null);
        createContact("Gibbons", "peter@initech.example", initech);

        sync.runUntilQuiet(3);

        assertThat(apis.genesys("GET", ORGANIZATIONS, null).path("entities")).isEmpty();
        assertThat(apis.genesysContacts()).singleElement()
                .satisfies(person -> assertThat(person.has("externalOrganization")).isFalse());
        assertThat(new AdminClient(sync.adminUrl()).get("/api/sync/mapping?object=organization").status())
                .isEqualTo(404);
    }

    private String createAccount(String name, String website) {
        return apis.createSalesforceAccount(website == null ? Map.of("Name", name)
                : Map.of("Name", name, "Website", website));
    }

    private JsonNode account(String id) {
        return apis.salesforceAccount(id);
    }

    private String createContact(String lastName, String email, String accountId) {
        return apis.createSalesforceContact(Map.of("LastName", lastName, "Email", email, "AccountId", accountId));
    }

    private String genesysIdOf(String salesforceContactId) {
        return apis.salesforceContact(salesforceContactId).path("External_Genesys_ID__c").asText();
    }

    private String createOrganization(String name) {
        return apis.genesys("POST", ORGANIZATIONS, SandboxApis.JSON.createObjectNode().put("name", name))
                .path("id").asText();
    }


    private ContactLink link(Side side, String id) {
        return sync.store().links().findByRecordId(side, id).orElseThrow();
    }
}
