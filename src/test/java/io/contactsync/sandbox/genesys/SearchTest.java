package io.contactsync.sandbox.genesys;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SearchRequest} parsing and {@link RecordSearch} matching, ordering and paging. */
class SearchTest {

    private static final GenesysBehaviour DEFAULTS = GenesysBehaviour.defaults();
    private static final String PATH = ExternalContact.PATH;
    private static final List<ExternalContact> CONTACTS = List.of(
            contact("a", "Ada", "Lovelace", "Analyst", "ada@example.com", "(317) 555-0142"),
            contact("b", "Grace", "Hopper", null, "grace@navy.example", "212-555-0100"),
            contact("c", "Alan", "Turing", "Cryptanalyst", "alan@example.com", null),
            contact("d", "Ada", "Byron", "Buyer", null, null));

    @Test
    void defaultsToTheFirstTwentyInIdOrder() {
        SearchRequest request = parse(MultiMap.caseInsensitiveMultiMap());

        assertThat(request).isEqualTo(new SearchRequest(PATH, null, 20, 1, null, false));
        assertThat(RecordSearch.search(CONTACTS, request, SearchScope.CONTACTS).page()).extracting(ExternalContact::id)
                .containsExactly("a", "b", "c", "d");
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({"ada, a d", "ADA LOVELACE, a", "example.com, a c", "555-0142, a", "+1212555, b", "3175550142, a",
            "ada turing, ''", "navy, b"})
    void everyWordMustMatchANameEmailOrPhone(String q, String expectedIds) {
        SearchRequest request = new SearchRequest(PATH, q, 20, 1, null, false);

        assertThat(RecordSearch.search(CONTACTS, request, SearchScope.CONTACTS).page()).extracting(ExternalContact::id)
                .containsExactlyElementsOf(expectedIds.isEmpty() ? List.of() : List.of(expectedIds.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"firstName:asc, a d c b", "firstName:desc, b c a d", "title:asc, a d c b", "title:desc, c d a b",
            "lastName, d b a c"})
    void sortsByTheFieldBlanksLastTiesById(String sortOrder, String expectedIds) {
        SearchRequest request = parse(params("sortOrder", sortOrder));

        assertThat(RecordSearch.search(CONTACTS, request, SearchScope.CONTACTS).page()).extracting(ExternalContact::id)
                .containsExactly(expectedIds.split(" "));
    }

    @Test
    void pagesAndCountsAllMatches() {
        RecordSearch.Result<ExternalContact> page = RecordSearch.search(CONTACTS,
                new SearchRequest(PATH, null, 3, 2, null, false), SearchScope.CONTACTS);

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.page()).extracting(ExternalContact::id).containsExactly("d");
        assertThat(RecordSearch.pageCount(4, 3)).isEqualTo(2);
        assertThat(RecordSearch.search(CONTACTS, new SearchRequest(PATH, null, 3, 5, null, false), SearchScope.CONTACTS)
                .page()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"pageSize, 0", "pageSize, 201", "pageSize, ten", "pageNumber, 0", "sortOrder, email:asc",
            "sortOrder, firstName:up", "sortOrder, firstName:asc:x"})
    void refusesBadParameters(String name, String value) {
        assertThatThrownBy(() -> parse(params(name, value)))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @ParameterizedTest(name = "pageSize {0} x pageNumber {1}")
    @CsvSource({"100, 10, true", "100, 11, false", "200, 5, true", "200, 6, false", "1, 1000, true",
            "1, 1001, false"})
    void capsPagingAtTheFirstThousandResults(int pageSize, int pageNumber, boolean allowed) {
        MultiMap params = params("pageSize", String.valueOf(pageSize)).add("pageNumber", String.valueOf(pageNumber));

        if (allowed) {
            assertThat(parse(params).pageNumber()).isEqualTo(pageNumber);
        } else {
            assertThatThrownBy(() -> parse(params))
                    .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> assertThat(e.getMessage())
                            .contains("1000"));
        }
    }

    @Test
    void pageUrisKeepTheQueryEncoded() {
        SearchRequest request = new SearchRequest(PATH, "ada & co", 10, 2, "lastName", true);

        assertThat(request.uriOfPage(3)).isEqualTo(
                "/api/v2/externalcontacts/contacts?pageSize=10&pageNumber=3&q=ada+%26+co&sortOrder=lastName%3Adesc");
    }

    @Test
    void organizationSearchMatchesTheNameOrAsConfiguredAnyTextAndSortsByTheOrganizationFields() {
        List<ExternalOrganization> all = List.of(organization("a", "Acme Corp", "Retail"),
                organization("b", "Globex", "Banking"), organization("c", "Acme Labs", null));
        SearchRequest byName = new SearchRequest(ExternalOrganization.PATH, "acme", 20, 1, null, false);
        SearchRequest byIndustry = new SearchRequest(ExternalOrganization.PATH, null, 20, 1, "industry", false);

        assertThat(RecordSearch.search(all, byName, SearchScope.ORGANIZATIONS).page())
                .extracting(ExternalOrganization::id).containsExactly("a", "c");
        assertThat(RecordSearch.search(all, byIndustry, SearchScope.ORGANIZATIONS).page())
                .extracting(ExternalOrganization::id).containsExactly("b", "a", "c");

        SearchRequest byText = new SearchRequest(ExternalOrganization.PATH, "retail", 20, 1, null, false);
        GenesysBehaviour anyText = DEFAULTS.with(GenesysJson.MAPPER.createObjectNode()
                .put("organizationSearchByNameOnly", false));
        assertThat(RecordSearch.search(all, byText, SearchScope.organizations(DEFAULTS)).page()).isEmpty();
        assertThat(RecordSearch.search(all, byText, SearchScope.organizations(anyText)).page())
                .extracting(ExternalOrganization::id).containsExactly("a");
    }

    private static SearchRequest parse(MultiMap params) {
        return SearchRequest.parse(PATH, params, SearchScope.CONTACTS.sortFields().keySet(), DEFAULTS);
    }

    private static MultiMap params(String name, String value) {
        return MultiMap.caseInsensitiveMultiMap().add(name, value);
    }

    private static ExternalOrganization organization(String id, String name, String industry) {
        OrganizationFields fields = new OrganizationFields(name, null, industry, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        return new ExternalOrganization(id, fields, Instant.EPOCH, Instant.EPOCH);
    }

    private static ExternalContact contact(String id, String first, String last, String title, String email,
                                           String phone) {
        ContactFields fields = new ContactFields(first, null, last, null, title,
                PhoneNormaliser.normalise(phone == null ? null : PhoneNumber.typed(phone)), null, null, null, email,
                null, null, null, null, null, null, null, null, null, null, null, null, "Curated");
        return new ExternalContact(id, fields, Instant.EPOCH, Instant.EPOCH);
    }
}
