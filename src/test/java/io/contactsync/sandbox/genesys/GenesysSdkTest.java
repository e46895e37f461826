package io.contactsync.sandbox.genesys;

import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.ExternalContactsApi;
import com.mypurecloud.sdk.v2.model.BulkContactsRequest;
import com.mypurecloud.sdk.v2.model.BulkContactsResponse;
import com.mypurecloud.sdk.v2.model.BulkDeleteResponse;
import com.mypurecloud.sdk.v2.model.BulkFetchContactsResponse;
import com.mypurecloud.sdk.v2.model.BulkIdsRequest;
import com.mypurecloud.sdk.v2.model.BulkResponseResultExternalContactEntity;
import com.mypurecloud.sdk.v2.model.ContactIdentifier;
import com.mypurecloud.sdk.v2.model.ContactListing;
import com.mypurecloud.sdk.v2.model.CursorContactListing;
import com.mypurecloud.sdk.v2.model.ExternalContact;
import com.mypurecloud.sdk.v2.model.PhoneNumber;
import com.mypurecloud.sdk.v2.model.WritableEntity;
import io.contactsync.sandbox.Fault;
import io.contactsync.sandbox.SeedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Genesys Cloud's official Java SDK 198.1.0, unchanged, against the emulator. */
class GenesysSdkTest extends GenesysEmulatorTestBase {


    private ExternalContactsApi api;

    @BeforeEach
    void connectSdk() {
        api = fixture.sdk(token);
    }

    @Test
    void scanPagesThroughEveryContactExactlyOnce() throws Exception {
        fixture.emulator.seed(new SeedRequest(95, 7, 0.5, 0.1, false));
        List<String> seen = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            CursorContactListing page = api.getExternalcontactsScanContacts(20, cursor);
            pages++;
            page.getEntities().forEach(c -> seen.add(c.getId()));
            cursor = page.getCursors() == null ? null : page.getCursors().getAfter();
            if (cursor == null) {
                assertThat(page.getNextUri()).isNull();
            } else {
                assertThat(page.getNextUri()).contains("cursor=").contains("limit=20");
            }
        } while (cursor != null);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(95).doesNotHaveDuplicates();
    }

    @Test
    void createGetUpdateDeleteRoundTrip() throws Exception {
        ExternalContact created = api.postExternalcontactsContacts(new ExternalContact().firstName("Ada")
                .lastName("Lovelace").workEmail("ada@example.com")
                .workPhone(new PhoneNumber().display("(317) 555-0142")));
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getWorkPhone().getE164()).isEqualTo("+13175550142");
        assertThat(created.getWorkPhone().getDisplay()).isEqualTo("+1 317-555-0142");
        assertThat(created.getCreateDate()).isEqualTo(Date.from(GenesysFixture.START));
        assertThat(created.getType()).isEqualTo(ExternalContact.TypeEnum.CURATED);

        ExternalContact fetched = api.getExternalcontactsContact(created.getId(), null);
        assertThat(fetched.getLastName()).isEqualTo("Lovelace");
        assertThat(fetched.getSelfUri()).isEqualTo("/api/v2/externalcontacts/contacts/" + created.getId());

        fixture.clock.advance(Duration.ofMinutes(5));
        fetched.setTitle("Analyst");
        ExternalContact updated = api.putExternalcontactsContact(created.getId(), fetched);
        assertThat(updated.getTitle()).isEqualTo("Analyst");
        assertThat(updated.getWorkEmail()).isEqualTo("ada@example.com");
        assertThat(updated.getCreateDate()).isEqualTo(created.getCreateDate());
        assertThat(updated.getModifyDate()).isEqualTo(Date.from(GenesysFixture.START.plus(Duration.ofMinutes(5))));

        api.deleteExternalcontactsContact(created.getId());
        assertThatThrownBy(() -> api.getExternalcontactsContact(created.getId(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getRawBody()).contains("\"code\":\"not.found\"");
                });
    }

    @Test
    void searchFindsByKeywordPagesAndRefusesPagesBeyondTheCap() throws Exception {
        for (int i = 0; i < 25; i++) {
            api.postExternalcontactsContacts(new ExternalContact().firstName("Grace" + i).lastName("Hopper"));
        }
        api.postExternalcontactsContacts(new ExternalContact().firstName("Alan").lastName("Turing"));

        ContactListing first = api.getExternalcontactsContacts(10, 1, "hopper", "firstName:asc", null);
        assertThat(first.getTotal()).isEqualTo(25);
        assertThat(first.getPageCount()).isEqualTo(3);
        assertThat(first.getEntities()).hasSize(10).allSatisfy(c -> assertThat(c.getLastName()).isEqualTo("Hopper"));
        assertThat(first.getEntities().get(0).getFirstName()).isEqualTo("Grace0");
        assertThat(first.getNextUri()).contains("pageNumber=2");
        assertThat(first.getPreviousUri()).isNull();

        ContactListing last = api.getExternalcontactsContacts(10, 3, "hopper", "firstName:asc", null);
        assertThat(last.getEntities()).hasSize(5);
        assertThat(last.getNextUri()).isNull();
        assertThat(last.getPreviousUri()).contains("pageNumber=2");

        assertThat(api.getExternalcontactsContacts(20, 1, "turing", null, null).getEntities())
                .extracting(ExternalContact::getFirstName).containsExactly("Alan");
        assertThatThrownBy(() -> api.getExternalcontactsContacts(100, 11, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void bulkAddUpdateRemoveApplyTheGoodItemsAndReportTheBadOne() throws Exception {
        BulkContactsResponse added = api.postExternalcontactsBulkContactsAdd(new BulkContactsRequest().entities(List.of(
                new ExternalContact().lastName("One"),
                new ExternalContact().lastName("Two").workEmail("not-an-email"),
                new ExternalContact().lastName("Three"))));
        assertThat(added.getErrorCount()).isEqualTo(1);
        assertThat(added.getErrorIndexes()).containsExactly(1);
        assertThat(added.getResults().get(1).getError().getStatus()).isEqualTo(400);
        assertThat(added.getResults().get(1).getError().getMessage()).contains("workEmail");
        String one = added.getResults().get(0).getEntity().getId();
        String three = added.getResults().get(2).getEntity().getId();
        assertThat(api.getExternalcontactsContact(three, null).getLastName()).isEqualTo("Three");

        BulkContactsResponse updated = api.postExternalcontactsBulkContactsUpdate(new BulkContactsRequest()
                .entities(List.of(new ExternalContact().id(one).lastName("One*"),
                        new ExternalContact().id("no-such-id").lastName("Ghost"),
                        new ExternalContact().id(three).lastName("Three*"))));
        assertThat(updated.getErrorCount()).isEqualTo(1);
        assertThat(updated.getErrorIndexes()).containsExactly(1);
        assertThat(updated.getResults().get(1).getError().getStatus()).isEqualTo(404);
        assertThat(api.getExternalcontactsContact(one, null).getLastName()).isEqualTo("One*");
        assertThat(api.getExternalcontactsContact(three, null).getLastName()).isEqualTo("Three*");

        BulkDeleteResponse removed = api.postExternalcontactsBulkContactsRemove(new BulkIdsRequest()
                .entities(List.of(new WritableEntity().id("no-such-id"), new WritableEntity().id(one))));
        assertThat(removed.getErrorCount()).isEqualTo(1);
        assertThat(removed.getErrorIndexes()).containsExactly(0);
        assertThat(removed.getResults().get(1).getSuccess()).isTrue();
        assertThatThrownBy(() -> api.getExternalcontactsContact(one, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThat(api.getExternalcontactsContact(three, null).getLastName()).isEqualTo("Three*");
    }

    @Test
    void bulkFetchReturnsTheKnownContactsAndAFailureForTheUnknownId() throws Exception {
        String a = api.postExternalcontactsContacts(new ExternalContact().lastName("A")).getId();
        String b = api.postExternalcontactsContacts(new ExternalContact().lastName("B")).getId();

        BulkFetchContactsResponse fetched = api.postExternalcontactsBulkContacts(new BulkIdsRequest().entities(List.of(
                new WritableEntity().id(a), new WritableEntity().id("missing"), new WritableEntity().id(b))));

        Set<String> names = new HashSet<>();
        for (BulkResponseResultExternalContactEntity result : fetched.getResults()) {
            if (Boolean.TRUE.equals(result.getSuccess())) {
                names.add(result.getEntity().getLastName());
            }
        }
        assertThat(names).containsExactlyInAnyOrder("A", "B");
        assertThat(fetched.getErrorCount()).isEqualTo(1);
        assertThat(fetched.getResults().get(fetched.getErrorIndexes().get(0)).getId()).isEqualTo("missing");
    }

    @Test
    void identifierLookupFindsByE164PhoneAndByEmail() throws Exception {
        String id = api.postExternalcontactsContacts(new ExternalContact().lastName("Hopper")
                .personalEmail("grace@example.com").cellPhone(new PhoneNumber().display("317-555-0199"))).getId();

        assertThat(api.postExternalcontactsIdentifierlookup(new ContactIdentifier()
                .type(ContactIdentifier.TypeEnum.PHONE).value("+13175550199")).getId()).isEqualTo(id);
        assertThat(api.postExternalcontactsIdentifierlookup(new ContactIdentifier()
                .type(ContactIdentifier.TypeEnum.EMAIL).value("Grace@Example.com")).getId()).isEqualTo(id);
        assertThatThrownBy(() -> api.postExternalcontactsIdentifierlookup(new ContactIdentifier()
                .type(ContactIdentifier.TypeEnum.PHONE).value("+13175550100")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThatThrownBy(() -> api.postExternalcontactsIdentifierlookup(new ContactIdentifier()
                .type(ContactIdentifier.TypeEnum.PHONE).value("317-555-0199")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void injectedTooManyRequestsReachesTheSdkWithRetryAfter() {
        fixture.context.faults().add(new Fault(null, Pattern.compile("/api/v2/.*"), 1,
                new Fault.Status(429, null, null, 7)));

        assertThatThrownBy(() -> api.getExternalcontactsScanContacts(100, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(429);
                    assertThat(e.getHeaders()).containsEntry("Retry-After", "7");
                    assertThat(e.getRawBody()).contains("too.many.requests.retry.after");
                });
    }

    @Test
    void expiredTokenIsRefusedWith401() {
        fixture.clock.advance(fixture.settings.tokenLifetime());

        assertThatThrownBy(() -> api.getExternalcontactsScanContacts(100, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(401);
                    assertThat(e.getRawBody()).contains("bad.credentials");
                });
    }
}
