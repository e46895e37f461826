package io.contactsync.match;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.Echoes;
import io.contactsync.model.SideRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ContactMatcherTest {

    private final ContactMatcher matcher = new ContactMatcher(new PersonKey(false));
    private final Link link = new Link("pair-1", "003L", "g-L", Contact.empty().with(ContactField.LAST_NAME, "L"),
            Echoes.none(), false);

    @Test
    void oneRecordPerSideIsAPair() {
        SideRecord sf = Records.salesforce("003A").with(ContactField.EMAIL, "a@x.com").build();
        SideRecord gc = Records.genesys("g-1").with(ContactField.EMAIL, "a@x.com").build();

        MatchOutcome outcome = matcher.match("email:a@x.com", List.of(sf, gc), null);

        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.PAIR);
        assertThat(outcome.contactPair()).satisfies(pair -> {
            assertThat(pair.salesforce()).isEqualTo(sf);
            assertThat(pair.genesys()).isEqualTo(gc);
            assertThat(pair.base()).isNull();
        });
    }

    @Test
    void oneSidePlusAStoredLinkIsAPairWithTheLinksBase() {
        SideRecord gc = Records.genesys("g-L").with(ContactField.LAST_NAME, "M").build();

        MatchOutcome outcome = matcher.match("link:pair-1", List.of(gc), link);

        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.PAIR);
        assertThat(outcome.contactPair().salesforce()).isNull();
        assertThat(outcome.contactPair().base()).isEqualTo(link.base());
    }

    @Test
    void aRecordOnOneSideOnlyIsCreatedOnTheOther() {
        assertThat(matcher.match("record:SALESFORCE:003A", List.of(Records.salesforce("003A").build()), null).kind())
                .isEqualTo(MatchOutcome.Kind.ONLY_SALESFORCE);
        assertThat(matcher.match("email:b@x.com", List.of(Records.genesys("g-2").build()), null).kind())
                .isEqualTo(MatchOutcome.Kind.ONLY_GENESYS);
    }

    @Test
    void twoContactsSharingAnEmailOnOneSideAreAmbiguous() {
        List<SideRecord> group = List.of(Records.salesforce("003A").build(), Records.salesforce("003B").build(),
                Records.genesys("g-1").build());

        MatchOutcome outcome = matcher.match("email:a@x.com", group, null);

        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.AMBIGUOUS);
        assertThat(outcome.candidates()).containsExactlyElementsOf(group);
        assertThat(outcome.reason()).isEqualTo("2 Salesforce records share email:a@x.com: link the right ones or"
                + " mark them distinct");
        assertThat(matcher.match("email:a@x.com", List.of(Records.genesys("g-1").build(),
                Records.genesys("g-2").build()), null).kind()).as("duplicates are not spread")
                .isEqualTo(MatchOutcome.Kind.AMBIGUOUS);
    }

    @Test
    void theSameRecordSeenTwiceCountsOnceAtItsLatestVersion() {
        SideRecord older = Records.salesforce("003A").with(ContactField.TITLE, "old").build();
        SideRecord newer = Records.salesforce("003A").with(ContactField.TITLE, "new").at(Records.T0.plusSeconds(5))
                .build();

        MatchOutcome outcome = matcher.match("email:a@x.com", List.of(newer, older), null);

        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.ONLY_SALESFORCE);
        assertThat(outcome.salesforce()).isEqualTo(newer);
    }

    @Test
    void aLoneRecordNamingAnUnseenCounterpartIsNotDuplicated() {
        MatchOutcome outcome = matcher.match("sf:003S", List.of(Records.salesforce("003S").naming("g-7").build()),
                null);

        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.AMBIGUOUS);
        assertThat(outcome.reason()).isEqualTo("Salesforce 003S names Genesys Cloud record g-7, which was not seen"
                + " and is not linked: not creating a duplicate");
    }

    @Test
    void recordsNamingDifferentCounterpartsAreAmbiguous() {
        MatchOutcome outcome = matcher.match("sf:003S", List.of(Records.salesforce("003S").naming("g-7").build(),
                Records.genesys("g-8").naming("003S").build()), null);

        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.AMBIGUOUS);
        assertThat(outcome.reason()).contains("name different counterparts");
    }

    @Test
    void deletedAndNeverLinkedOrRetiredLinksAreIgnored() {
        assertThat(matcher.match("deleted:GENESYS:g-9", List.of(Records.genesys("g-9").deleted().build()), null)
                .kind()).isEqualTo(MatchOutcome.Kind.IGNORED);
        Link retired = new Link("pair-2", "003R", "g-R", Contact.empty(), Echoes.none(), true);
        MatchOutcome outcome = matcher.match("link:pair-2", List.of(Records.salesforce("003R").build()), retired);
        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.IGNORED);
        assertThat(outcome.reason()).contains("retired");
    }

    @Test
    void aLinkedPairWithADeletedSideIsStillAPair() {
        MatchOutcome outcome = matcher.match("link:pair-1", List.of(Records.salesforce("003L").deleted().build()),
                link);

        assertThat(outcome.kind()).isEqualTo(MatchOutcome.Kind.PAIR);
        assertThat(new PairClassifier().classify(outcome.contactPair())).isEqualTo(PairState.DELETED);
    }

    /** The whole matching order on one batch, as the routes use it: key, group, match. */
    @Test
    void aBatchMatchesByLinkThenExternalIdThenEmailThenOptInPhone() {
        LinkLookup links = (side, id) -> Optional.ofNullable(Map.of("SALESFORCE:003L", "pair-1", "GENESYS:g-L",
                "pair-1").get(side + ":" + id));
        List<SideRecord> batch = List.of(
                Records.salesforce("003L").with(ContactField.EMAIL, "linked@x.com").build(),
                Records.genesys("g-L").with(ContactField.EMAIL, "changed@x.com").build(),
                Records.salesforce("003S").naming("g-7").build(),
                Records.genesys("g-7").naming("003S").build(),
                Records.salesforce("003E").with(ContactField.EMAIL, "Eve@X.com").build(),
                Records.genesys("g-E").with(ContactField.EMAIL, "eve@x.com ").build(),
                Records.salesforce("003P").with(ContactField.WORK_PHONE, "317-555-1212").build(),
                Records.genesys("g-P").with(ContactField.WORK_PHONE, "+13175551212").build());

        Map<String, MatchOutcome.Kind> withoutPhones = outcomes(new CorrelationKeys(links, new PersonKey(false)), batch);
        Map<String, MatchOutcome.Kind> withPhones = outcomes(new CorrelationKeys(links, new PersonKey(true)), batch);

        assertThat(withoutPhones).containsOnly(Map.entry("link:pair-1", MatchOutcome.Kind.PAIR),
                Map.entry("sf:003S", MatchOutcome.Kind.PAIR), Map.entry("email:eve@x.com", MatchOutcome.Kind.PAIR),
                Map.entry("record:SALESFORCE:003P", MatchOutcome.Kind.ONLY_SALESFORCE),
                Map.entry("record:GENESYS:g-P", MatchOutcome.Kind.ONLY_GENESYS));
        assertThat(withPhones).containsEntry("phone:+13175551212", MatchOutcome.Kind.PAIR).hasSize(4);
    }

    private Map<String, MatchOutcome.Kind> outcomes(CorrelationKeys keys, List<SideRecord> batch) {
        Map<String, List<SideRecord>> groups = batch.stream().collect(Collectors.groupingBy(keys::keyFor));
        Function<String, Link> linkFor = key -> key.equals("link:pair-1") ? link : null;
        return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                group -> matcher.match(group.getKey(), group.getValue(), linkFor.apply(group.getKey())).kind()));
    }
}
