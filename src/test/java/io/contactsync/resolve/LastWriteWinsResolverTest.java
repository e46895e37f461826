package io.contactsync.resolve;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.model.FieldConflict;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.Resolution;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.model.SyncPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Last write wins takes every differing field from the side modified last, whatever the field policies say. */
class LastWriteWinsResolverTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                   | policy     | tie        | base | sf   | gc   | sfAt   | gcAt   | merged | winner     | write sf | write gc
            nothing differs                          | SALESFORCE | SALESFORCE | a    | a    | a    | @5     | @9     | a      | none       | -        | -
            same new value on both sides             | SALESFORCE | SALESFORCE | a    | b    | b    | @5     | @9     | b      | none       | -        | -
            Genesys later beats a Salesforce-owned   | SALESFORCE | SALESFORCE | a    | b    | c    | @5     | @9     | c      | GENESYS    | c        | -
            Salesforce later beats a Genesys-owned   | GENESYS    | GENESYS    | a    | b    | c    | @9     | @5     | b      | SALESFORCE | -        | b
            manual policy is ignored too             | MANUAL     | SALESFORCE | a    | b    | c    | @9     | @5     | b      | SALESFORCE | -        | b
            Genesys later but at the base: unchanged | LAST_WRITE | SALESFORCE | a    | b    | a    | @5     | @9     | b      | SALESFORCE | -        | b
            Salesforce later but at the base         | LAST_WRITE | SALESFORCE | a    | a    | c    | @9     | @5     | c      | GENESYS    | c        | -
            skew: exactly at tolerance is a tie      | LAST_WRITE | SALESFORCE | a    | b    | c    | @5     | @7     | b      | SALESFORCE | -        | b
            skew: just inside tolerance is a tie     | LAST_WRITE | GENESYS    | a    | b    | c    | @6.999 | @5     | c      | GENESYS    | c        | -
            skew: just outside tolerance, later wins | LAST_WRITE | SALESFORCE | a    | b    | c    | @5     | @7.001 | c      | GENESYS    | c        | -
            tie goes to the tie-breaker              | LAST_WRITE | GENESYS    | a    | b    | c    | @5     | @5     | c      | GENESYS    | c        | -
            clearing wins when written last          | LAST_WRITE | SALESFORCE | a    | null | c    | @9     | @5     | null   | SALESFORCE | -        | null
            value beats null when written last       | LAST_WRITE | SALESFORCE | a    | null | c    | @5     | @9     | c      | GENESYS    | c        | -
            no base                                  | LAST_WRITE | SALESFORCE | -    | b    | c    | @9     | @5     | b      | SALESFORCE | -        | b
            side not seen is older                   | LAST_WRITE | SALESFORCE | a    | -    | c    | -      | @1     | c      | GENESYS    | c        | -
            """)
    void takesTheLaterSide(String name, FieldPolicy policy, Side tieBreaker, String base, String sf, String gc,
                           String sfAt, String gcAt, String merged, String winner, String writeSf, String writeGc) {
        ResolverTable.check(new LastWriteWinsResolver(), policy, tieBreaker, base, sf, gc, sfAt, gcAt, merged,
                winner, writeSf, writeGc);
    }

    @Test
    void takesTheWholeRecordAndRecordsEveryLosingFieldAsALastWriteConflict() {
        Contact salesforce = Contact.empty().with(ContactField.FIRST_NAME, "Ada").with(ContactField.TITLE, "CTO")
                .with(ContactField.CITY, "London");
        Contact genesys = Contact.empty().with(ContactField.FIRST_NAME, "Augusta").with(ContactField.TITLE, "CEO")
                .with(ContactField.CITY, "London");
        ContactPair pair = new ContactPair(
                new SideRecord(Side.SALESFORCE, "003A", Instant.parse("2024-05-01T10:00:00Z"), salesforce, null,
                        null, false, List.of()),
                new SideRecord(Side.GENESYS, "g-1", Instant.parse("2024-05-01T11:00:00Z"), genesys, null, null,
                        false, List.of()),
                null);

        SyncPolicies twoWayNames = SyncPolicies.defaults()
                .withFieldDirection(ContactField.FIRST_NAME, FieldDirection.BOTH)
                .withFieldDirection(ContactField.TITLE, FieldDirection.BOTH);

        Resolution resolution = new LastWriteWinsResolver().resolve(pair, twoWayNames);

        assertThat(resolution.merged()).isEqualTo(genesys);
        assertThat(resolution.genesysPatch().isEmpty()).isTrue();
        assertThat(resolution.salesforcePatch().fields())
                .containsExactlyInAnyOrder(ContactField.FIRST_NAME, ContactField.TITLE);
        assertThat(resolution.conflicts()).extracting(FieldConflict::field)
                .containsExactly(ContactField.FIRST_NAME, ContactField.TITLE);
        assertThat(resolution.conflicts()).allSatisfy(conflict -> {
            assertThat(conflict.policy()).isEqualTo(FieldPolicy.LAST_WRITE);
            assertThat(conflict.winner()).isEqualTo(Side.GENESYS);
        });
        assertThat(resolution.conflicts()).extracting(FieldConflict::salesforceValue).containsExactly("Ada", "CTO");
    }
}
