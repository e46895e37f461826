package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.ExternalContactsApi;
import com.mypurecloud.sdk.v2.model.BulkDeleteResponse;
import com.mypurecloud.sdk.v2.model.BulkFetchOrganizationsResponse;
import com.mypurecloud.sdk.v2.model.BulkIdsRequest;
import com.mypurecloud.sdk.v2.model.BulkOrganizationsRequest;
import com.mypurecloud.sdk.v2.model.BulkOrganizationsResponse;
import com.mypurecloud.sdk.v2.model.BulkResponseResultExternalOrganizationEntity;
import com.mypurecloud.sdk.v2.model.ContactAddress;
import com.mypurecloud.sdk.v2.model.ContactListing;
import com.mypurecloud.sdk.v2.model.CursorOrganizationListing;
import com.mypurecloud.sdk.v2.model.DataSchema;
import com.mypurecloud.sdk.v2.model.ExternalContact;
import com.mypurecloud.sdk.v2.model.ExternalOrganization;
import com.mypurecloud.sdk.v2.model.ExternalOrganizationListing;
import com.mypurecloud.sdk.v2.model.PhoneNumber;
import com.mypurecloud.sdk.v2.model.Ticker;
import com.mypurecloud.sdk.v2.model.WritableEntity;
import io.contactsync.sandbox.DemoCompanies;
import io.contactsync.sandbox.SeedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** External organizations, and contacts linked to them, through Genesys Cloud's official Java SDK 198.1.0. */
class GenesysOrganizationsSdkTest extends GenesysEmulatorTestBase {

    private static final List<String> EXPAND_ORGANIZATION = List.of("externalOrganization");

    private ExternalContactsApi api;

    @BeforeEach
    void connectSdk() {
        api = fixture.sdk(token);
    }

    @Test
    void createGetUpdateDeleteRoundTrip() throws Exception {
        ExternalOrganization created = api.postExternalcontactsOrganizations(new ExternalOrganization()
                .name("  Acme Corp  ").companyType("Customer").industry("Manufacturing")
                .address(new ContactAddress().address1("1 Main St").city("Indianapolis").countryCode("US"))
                .phoneNumber(new PhoneNumber().display("(317) 555-0142"))
                .websites(List.of("https://acme.example")).tickers(List.of(new Ticker().symbol("ACME").exchange("NYSE")))
                .externalSystemUrl("https://crm.example/accounts/1"));
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getName()).isEqualTo("Acme Corp");
        assertThat(created.getPhoneNumber().getE164()).isEqualTo("+13175550142");
        assertThat(created.getCreateDate()).isEqualTo(Date.from(GenesysFixture.START));
        assertThat(created.getModifyDate()).isEqualTo(Date.from(GenesysFixture.START));
        assertThat(created.getSelfUri()).isEqualTo("/api/v2/externalcontacts/organizations/" + created.getId());

        ExternalOrganization fetched = api.getExternalcontactsOrganization(created.getId(), null, null);
        assertThat(fetched.getTickers()).singleElement().satisfies(t -> {
            assertThat(t.getSymbol()).isEqualTo("ACME");
            assertThat(t.getExchange()).isEqualTo("NYSE");
        });
        assertThat(fetched.getWebsites()).containsExactly("https://acme.example");
        assertThat(fetched.getAddress().getCity()).isEqualTo("Indianapolis");

        fixture.clock.advance(Duration.ofMinutes(5));
        ExternalOrganization updated = api.putExternalcontactsOrganization(created.getId(),
                fetched.industry("Logistics"));
        assertThat(updated.getIndustry()).isEqualTo("Logistics");
        assertThat(updated.getCompanyType()).isEqualTo("Customer");
        assertThat(updated.getCreateDate()).isEqualTo(created.getCreateDate());
        assertThat(updated.getModifyDate()).isEqualTo(Date.from(GenesysFixture.START.plus(Duration.ofMinutes(5))));
        ExternalOrganization again = api.putExternalcontactsOrganization(created.getId(), updated);
        assertThat(again.getModifyDate()).as("every update moves modifyDate, even at the same instant")
                .isAfter(updated.getModifyDate());

        api.deleteExternalcontactsOrganization(created.getId());
        assertThatThrownBy(() -> api.getExternalcontactsOrganization(created.getId(), null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getRawBody()).contains("\"code\":\"not.found\"").contains("organization");
                });
    }

    @Test
    void invalidOrganizationIsA400NamingEveryBadField() {
        assertThatThrownBy(() -> api.postExternalcontactsOrganizations(new ExternalOrganization().name("  ")
                .tickers(List.of(new Ticker().symbol("ACME")))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getRawBody()).contains("\"fieldName\":\"name\"")
                            .contains("\"fieldName\":\"tickers[0].exchange\"");
                });
        assertThatThrownBy(() -> api.postExternalcontactsOrganizations(new ExternalOrganization()
                .name("x".repeat(1001))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void searchFindsByNamePagesSortsAndRefusesPagesBeyondTheCap() throws Exception {
        for (int i = 0; i < 25; i++) {
            api.postExternalcontactsOrganizations(new ExternalOrganization().name("Acme " + (char) ('A' + i))
                    .industry(i % 2 == 0 ? "Retail" : "Banking"));
        }
        api.postExternalcontactsOrganizations(new ExternalOrganization().name("Globex"));

        ExternalOrganizationListing first = api.getExternalcontactsOrganizations(10, 1, "acme", null, "name:desc",
                null, null);
        assertThat(first.getTotal()).isEqualTo(25);
        assertThat(first.getPageCount()).isEqualTo(3);
        assertThat(first.getEntities()).hasSize(10).first().satisfies(o -> assertThat(o.getName()).isEqualTo("Acme Y"));
        assertThat(first.getNextUri()).startsWith("/api/v2/externalcontacts/organizations?").contains("pageNumber=2");

        ExternalOrganizationListing last = api.getExternalcontactsOrganizations(10, 3, "acme", null, "name:desc",
                null, null);
        assertThat(last.getEntities()).hasSize(5);
        assertThat(last.getNextUri()).isNull();
        assertThat(api.getExternalcontactsOrganizations(20, 1, "globex", null, null, null, null).getEntities())
                .extracting(ExternalOrganization::getName).containsExactly("Globex");
        assertThat(api.getExternalcontactsOrganizations(1, 1, null, null, "industry:asc", null, null).getEntities())
                .extracting(ExternalOrganization::getIndustry).containsExactly("Banking");
        assertThatThrownBy(() -> api.getExternalcontactsOrganizations(100, 11, null, null, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
        assertThatThrownBy(() -> api.getExternalcontactsOrganizations(10, 1, null, null, "lastName:asc", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void scanPagesThroughEveryOrganizationExactlyOnce() throws Exception {
        for (int i = 0; i < 45; i++) {
            api.postExternalcontactsOrganizations(new ExternalOrganization().name("Org " + i));
        }
        List<CursorOrganizationListing> pages = new ArrayList<>(List.of(api.getExternalcontactsScanOrganizations(10,
                null)));
        while (after(pages.get(pages.size() - 1)) != null) {
            pages.add(api.getExternalcontactsScanOrganizations(10, after(pages.get(pages.size() - 1))));
        }

        assertThat(pages).hasSize(5).allSatisfy(page ->
                assertThat(page.getNextUri() == null).isEqualTo(after(page) == null));
        assertThat(pages.stream().flatMap(page -> page.getEntities().stream()).map(ExternalOrganization::getId))
                .hasSize(45).doesNotHaveDuplicates();
        assertThatThrownBy(() -> api.getExternalcontactsScanOrganizations(201, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void bulkAddUpdateRemoveAndFetchApplyTheGoodItemsAndReportTheBadOne() throws Exception {
        BulkOrganizationsResponse added = api.postExternalcontactsBulkOrganizationsAdd(new BulkOrganizationsRequest()
                .entities(List.of(new ExternalOrganization().name("One"), new ExternalOrganization(),
                        new ExternalOrganization().name("Three"))));
        assertThat(added.getErrorCount()).isEqualTo(1);
        assertThat(added.getErrorIndexes()).containsExactly(1);
        assertThat(added.getResults().get(1).getError().getStatus()).isEqualTo(400);
        assertThat(added.getResults().get(1).getError().getMessage()).contains("name");
        String one = added.getResults().get(0).getEntity().getId();
        String three = added.getResults().get(2).getEntity().getId();

        BulkOrganizationsResponse updated = api.postExternalcontactsBulkOrganizationsUpdate(
                new BulkOrganizationsRequest().entities(List.of(new ExternalOrganization().id(one).name("One*"),
                        new ExternalOrganization().id("no-such-id").name("Ghost"),
                        new ExternalOrganization().id(three).name("Three*"))));
        assertThat(updated.getErrorIndexes()).containsExactly(1);
        assertThat(updated.getResults().get(1).getError().getStatus()).isEqualTo(404);
        assertThat(api.getExternalcontactsOrganization(one, null, null).getName()).isEqualTo("One*");
        assertThat(api.getExternalcontactsOrganization(three, null, null).getName()).isEqualTo("Three*");

        BulkFetchOrganizationsResponse fetched = api.postExternalcontactsBulkOrganizations(new BulkIdsRequest()
                .entities(List.of(new WritableEntity().id(one), new WritableEntity().id("missing"))));
        assertThat(fetched.getErrorIndexes()).containsExactly(1);
        assertThat(fetched.getResults()).filteredOn(BulkResponseResultExternalOrganizationEntity::getSuccess)
                .extracting(r -> r.getEntity().getName()).containsExactly("One*");

        BulkDeleteResponse removed = api.postExternalcontactsBulkOrganizationsRemove(new BulkIdsRequest()
                .entities(List.of(new WritableEntity().id("no-such-id"), new WritableEntity().id(one))));
        assertThat(removed.getErrorIndexes()).containsExactly(0);
        assertThat(removed.getResults().get(1).getSuccess()).isTrue();
        assertThatThrownBy(() -> api.getExternalcontactsOrganization(one, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThat(api.getExternalcontactsOrganization(three, null, null).getName()).isEqualTo("Three*");
    }

    @Test
    void aContactNamesItsOrganizationByIdAndExpandsToTheWholeOrganization() throws Exception {
        ExternalOrganization acme = api.postExternalcontactsOrganizations(new ExternalOrganization().name("Acme")
                .industry("Retail"));
        ExternalContact ada = api.postExternalcontactsContacts(new ExternalContact().lastName("Lovelace")
                .externalOrganization(new ExternalOrganization().id(acme.getId())));

        ExternalContact plain = api.getExternalcontactsContact(ada.getId(), null);
        assertThat(plain.getExternalOrganization().getId()).isEqualTo(acme.getId());
        assertThat(plain.getExternalOrganization().getSelfUri()).isEqualTo(acme.getSelfUri());
        assertThat(plain.getExternalOrganization().getName()).isNull();

        ExternalContact expanded = api.getExternalcontactsContact(ada.getId(), EXPAND_ORGANIZATION);
        assertThat(expanded.getExternalOrganization().getName()).isEqualTo("Acme");
        assertThat(expanded.getExternalOrganization().getIndustry()).isEqualTo("Retail");
        assertThat(api.getExternalcontactsContacts(20, 1, "lovelace", null, EXPAND_ORGANIZATION).getEntities())
                .singleElement().satisfies(c -> assertThat(c.getExternalOrganization().getName()).isEqualTo("Acme"));
        assertThat(api.getExternalcontactsContacts(20, 1, "lovelace", null, null).getEntities())
                .singleElement().satisfies(c -> assertThat(c.getExternalOrganization().getName()).isNull());
    }

    @Test
    void aContactNamingAMissingOrganizationIsRefused() throws Exception {
        ExternalContact ghostly = new ExternalContact().lastName("Ghost")
                .externalOrganization(new ExternalOrganization().id("no-such-org"));

        assertThatThrownBy(() -> api.postExternalcontactsContacts(ghostly))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getRawBody()).contains("externalOrganization.id").contains("no-such-org");
                });
        String id = api.postExternalcontactsContacts(new ExternalContact().lastName("Real")).getId();
        assertThatThrownBy(() -> api.putExternalcontactsContact(id, ghostly))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
        assertThat(api.getExternalcontactsContact(id, null).getLastName()).isEqualTo("Real");

        fixture.emulator.setBehaviour(GenesysBehaviour.defaults().with(
                GenesysJson.MAPPER.createObjectNode().put("missingOrganizationStatus", 404)));
        assertThatThrownBy(() -> api.postExternalcontactsContacts(ghostly))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    @Test
    void anOrganizationListsItsContactsAndDeletingItDetachesThem() throws Exception {
        String acme = api.postExternalcontactsOrganizations(new ExternalOrganization().name("Acme")).getId();
        String globex = api.postExternalcontactsOrganizations(new ExternalOrganization().name("Globex")).getId();
        String ada = contactOf("Lovelace", acme);
        String grace = contactOf("Hopper", acme);
        String alan = contactOf("Turing", globex);

        ContactListing ofAcme = api.getExternalcontactsOrganizationContacts(acme, 20, 1, null, "lastName:asc",
                EXPAND_ORGANIZATION);
        assertThat(ofAcme.getTotal()).isEqualTo(2);
        assertThat(ofAcme.getEntities()).extracting(ExternalContact::getId).containsExactly(grace, ada);
        assertThat(ofAcme.getEntities()).allSatisfy(c ->
                assertThat(c.getExternalOrganization().getName()).isEqualTo("Acme"));
        assertThatThrownBy(() -> api.getExternalcontactsOrganizationContacts("no-such-org", 20, 1, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));

        fixture.clock.advance(Duration.ofMinutes(1));
        api.deleteExternalcontactsOrganization(acme);

        ExternalContact detached = api.getExternalcontactsContact(ada, EXPAND_ORGANIZATION);
        assertThat(detached.getLastName()).as("the contact is kept").isEqualTo("Lovelace");
        assertThat(detached.getExternalOrganization()).isNull();
        assertThat(detached.getModifyDate()).as("detaching is a change a scan by modifyDate sees")
                .isEqualTo(Date.from(GenesysFixture.START.plus(Duration.ofMinutes(1))));
        assertThat(api.getExternalcontactsContact(grace, null).getExternalOrganization()).isNull();
        assertThat(api.getExternalcontactsContact(alan, null).getExternalOrganization().getId()).isEqualTo(globex);
    }

    @Test
    void whenDeletingKeepsTheLinkAContactNamingTheDeletedOrganizationCanStillBeUpdatedButNoneCanBeGivenIt()
            throws Exception {
        fixture.emulator.setBehaviour(GenesysBehaviour.defaults().with(
                GenesysJson.MAPPER.createObjectNode().put("detachContactsOfDeletedOrganization", false)));
        String acme = api.postExternalcontactsOrganizations(new ExternalOrganization().name("Acme")).getId();
        String ada = contactOf("Lovelace", acme);
        api.deleteExternalcontactsOrganization(acme);

        ExternalContact dangling = api.getExternalcontactsContact(ada, EXPAND_ORGANIZATION);
        assertThat(dangling.getExternalOrganization().getId()).isEqualTo(acme);
        assertThat(dangling.getExternalOrganization().getName()).as("nothing left to expand").isNull();
        assertThat(api.putExternalcontactsContact(ada, dangling.title("Analyst")).getTitle()).isEqualTo("Analyst");
        assertThatThrownBy(() -> contactOf("Hopper", acme))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void organizationCustomFieldsAreCheckedAgainstTheOrganizationSchemas() throws Exception {
        DataSchema schema = api.postExternalcontactsOrganizationsSchemas(GenesysSchemaSdkTest.schema("Account", 0));
        assertThat(schema.getAppliesTo()).containsExactly(DataSchema.AppliesToEnum.EXTERNAL_ORGANIZATION);
        assertThat(schema.getSelfUri()).startsWith("/api/v2/externalcontacts/organizations/schemas/");
        assertThat(api.getExternalcontactsOrganizationsSchemas().getEntities()).extracting(DataSchema::getId)
                .containsExactly(schema.getId());
        assertThat(api.getExternalcontactsContactsSchemas().getEntities()).extracting(DataSchema::getId)
                .doesNotContain(schema.getId());
        DataSchema ref = new DataSchema().id(schema.getId()).version(schema.getVersion());

        ExternalOrganization created = api.postExternalcontactsOrganizations(new ExternalOrganization().name("Acme")
                .schema(ref).customFields(Map.of("tier_enum", "gold", "score_number", 7)));
        assertThat(api.getExternalcontactsOrganization(created.getId(), null, null).getCustomFields())
                .containsEntry("tier_enum", "gold").containsEntry("score_number", 7);

        Map<String, Object> bad = new HashMap<>(Map.of("tier_enum", "platinum", "nickname_text", "x"));
        assertThatThrownBy(() -> api.putExternalcontactsOrganization(created.getId(),
                created.customFields(bad)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getRawBody()).contains("customFields.tier_enum").contains("customFields.nickname_text");
                });
        assertThat(api.getExternalcontactsOrganization(created.getId(), null, null).getCustomFields())
                .containsEntry("tier_enum", "gold");

        DataSchema contactSchema = api.postExternalcontactsContactsSchemas(GenesysSchemaSdkTest.schema("C", 0));
        assertThatThrownBy(() -> api.postExternalcontactsOrganizations(new ExternalOrganization().name("Globex")
                .schema(new DataSchema().id(contactSchema.getId()).version(1))))
                .as("a contact schema is not an organization schema")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void seedingWithCompaniesCreatesOrganizationsWithTheirPeopleCountsTheEndpointsAndResetClearsThem() throws Exception {
        String request = "{\"count\":40,\"seed\":7,\"companies\":4}";
        HttpResponse<String> seeded = control("/__sandbox/seed", request);
        assertThat(seeded.statusCode()).isEqualTo(200);
        SeedRequest asSeeded = new SeedRequest(40, 7, 0.5, 0.1, false, 4);

        CursorOrganizationListing organizations = api.getExternalcontactsScanOrganizations(100, null);
        assertThat(organizations.getEntities()).extracting(ExternalOrganization::getName)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 4)
                        .mapToObj(i -> DemoCompanies.company(asSeeded, i).name()).toList());
        int attached = 0;
        for (ExternalOrganization organization : organizations.getEntities()) {
            int index = IntStream.range(0, 4).filter(i -> DemoCompanies.company(asSeeded, i).name()
                    .equals(organization.getName())).findFirst().orElseThrow();
            long employees = IntStream.range(0, 40).filter(person -> DemoCompanies.employer(asSeeded, person)
                    .equals(OptionalInt.of(index))).count();
            List<ExternalContact> contacts = api.getExternalcontactsOrganizationContacts(organization.getId(), 100, 1,
                    null, null, null).getEntities();
            assertThat(contacts).as("the people the seed request puts in " + organization.getName())
                    .hasSize((int) employees).allSatisfy(c -> assertThat(c.getWorkEmail()).isNotBlank());
            attached += contacts.size();
        }
        assertThat(attached).as("most people work for one of the companies").isGreaterThan(20).isLessThan(40);
        JsonNode stats = GenesysFixture.json(fixture.send(HttpRequest.newBuilder(
                URI.create(fixture.server.baseUrl() + "/__sandbox/stats")).GET().build())).get("requests");
        assertThat(stats.get("GET /api/v2/externalcontacts/scan/organizations").asLong()).isEqualTo(1);
        assertThat(stats.get("GET /api/v2/externalcontacts/organizations/{id}/contacts").asLong()).isEqualTo(4);
        assertThat(control("/__sandbox/seed", "{\"companies\":-1}").statusCode()).isEqualTo(400);

        assertThat(control("/__sandbox/reset", "").statusCode()).isEqualTo(200);
        ExternalContactsApi afterReset = fixture.sdk(fixture.token());
        assertThat(afterReset.getExternalcontactsScanOrganizations(100, null).getEntities()).isEmpty();
        assertThat(afterReset.getExternalcontactsScanContacts(100, null).getEntities()).isEmpty();
    }

    private HttpResponse<String> control(String path, String body) {
        return fixture.send(HttpRequest.newBuilder(URI.create(fixture.server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String after(CursorOrganizationListing page) {
        return page.getCursors() == null ? null : page.getCursors().getAfter();
    }

    private String contactOf(String lastName, String organizationId) throws Exception {
        return api.postExternalcontactsContacts(new ExternalContact().lastName(lastName)
                .externalOrganization(new ExternalOrganization().id(organizationId))).getId();
    }
}
