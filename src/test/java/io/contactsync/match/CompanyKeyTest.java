package io.contactsync.match;

import io.contactsync.model.ContactField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyKeyTest {

    private static final ContactField NAME = new ContactField(CompanyKey.NAME);
    private static final ContactField WEBSITE = new ContactField(CompanyKey.WEBSITE);

    private final CompanyKey key = new CompanyKey();
    private final ContactMatcher matcher = new ContactMatcher(key);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme                          | acme
            'ACME, Inc.'                  | acme
            Acme Incorporated             | acme
            The Acme Company              | acme
            Ácme GmbH                     | acme
            Müller & Söhne AG             | muller and sohne
            'Smith  &  Co.'               | smith and
            The Co                        | co
            Inc                           | inc
            Acme Holdings Ltd.            | acme holdings
            Big Blue (UK) Limited         | big blue uk
            """)
    void namesMeetWhateverTheirCaseAccentsPunctuationAndLegalForm(String name, String normalised) {
        assertThat(CompanyKey.normalisedName(name)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.acme.com/about    | acme.com
            http://Acme.COM               | acme.com
            acme.com                      | acme.com
            www.acme.com:8080/x?y=1#z     | acme.com
            https://shop.acme.co.uk/      | shop.acme.co.uk
            https://user@acme.com/        | acme.com
            https://bücher.example/       | xn--bcher-kva.example
            """)
    void aWebsiteIsItsDomain(String website, String domain) {
        assertThat(CompanyKey.domain(website)).contains(domain);
    }

    @Test
    void anOrganizationKeysOnItsNormalisedNameAndOneWithoutANameHasNoKey() {
        assertThat(key.keyOf(Records.salesforce("001A").with(NAME, "Acme, Inc.").build())).contains("company:acme");
        assertThat(key.keyOf(Records.genesys("g-1").with(NAME, "ACME").build())).contains("company:acme");
        assertThat(key.keyOf(Records.genesys("g-2").with(NAME, "...").build())).isEmpty();
        assertThat(key.keyOf(Records.genesys("g-3").build())).isEmpty();
    }

    @Test
    void twoOrganizationsOfOneNameOnDifferentWebsiteDomainsGoToReview() {
        var salesforce = Records.salesforce("001A").with(NAME, "Acme").with(WEBSITE, "https://acme.com").build();
        var genesys = Records.genesys("g-1").with(NAME, "ACME Inc").with(WEBSITE, "acme.org").build();

        MatchOutcome outcome = matcher.match("company:acme", List.of(salesforce, genesys), null);

        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.AMBIGUOUS);
        assertThat(outcome.reason()).isEqualTo("the records share company:acme but differ in acme.com (Salesforce"
                + " 001A) and acme.org (Genesys Cloud g-1): link them or mark them distinct");
    }

    @Test
    void oneNameOnTheSameDomainOrWithAWebsiteOnOneSideOnlyIsOneOrganization() {
        var salesforce = Records.salesforce("001A").with(NAME, "Acme").with(WEBSITE, "https://www.acme.com/").build();
        var sameDomain = Records.genesys("g-1").with(NAME, "Acme").with(WEBSITE, "acme.com").build();
        var noWebsite = Records.genesys("g-2").with(NAME, "Acme").build();

        assertThat(matcher.match("company:acme", List.of(salesforce, sameDomain), null).kind())
                .isEqualTo(MatchOutcome.Kind.PAIR);
        assertThat(matcher.match("company:acme", List.of(salesforce, noWebsite), null).kind())
                .isEqualTo(MatchOutcome.Kind.PAIR);
        assertThat(key.tellApart(noWebsite)).isEqualTo(Optional.empty());
    }

    @Test
    void contactsAreNeverToldApartByTheirKey() {
        var contact = Records.salesforce("003A").with(ContactField.EMAIL, "a@x.com").build();

        assertThat(new PersonKey(false).tellApart(contact)).isEmpty();
    }
}
