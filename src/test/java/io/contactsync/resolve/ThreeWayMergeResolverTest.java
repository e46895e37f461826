package io.contactsync.resolve;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.model.Echoes;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.Patch;
import io.contactsync.model.Resolution;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.model.SyncPolicies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeResolverTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                  | policy     | tie        | base  | sf   | gc   | sfAt   | gcAt   | merged | winner     | write sf | write gc
            nothing changed                         | LAST_WRITE | SALESFORCE | a     | a    | a    | @5     | @5     | a      | none       | -        | -
            Salesforce changed                      | LAST_WRITE | SALESFORCE | a     | b    | a    | @5     | @9     | b      | none       | -        | b
            Salesforce changed, Genesys-owned field | GENESYS    | SALESFORCE | a     | b    | a    | @5     | @9     | b      | none       | -        | b
            Genesys changed                         | LAST_WRITE | SALESFORCE | a     | a    | c    | @9     | @5     | c      | none       | c        | -
            Genesys changed, Salesforce-owned field | SALESFORCE | SALESFORCE | a     | a    | c    | @9     | @5     | c      | none       | c        | -
            Genesys changed, manual field           | MANUAL     | SALESFORCE | a     | a    | c    | @9     | @5     | c      | none       | c        | -
            both changed to the same value          | SALESFORCE | SALESFORCE | a     | b    | b    | @5     | @9     | b      | none       | -        | -
            both changed, Salesforce-owned          | SALESFORCE | SALESFORCE | a     | b    | c    | @5     | @9     | b      | SALESFORCE | -        | b
            both changed, Genesys-owned             | GENESYS    | SALESFORCE | a     | b    | c    | @9     | @5     | c      | GENESYS    | c        | -
            both changed, Salesforce wrote last     | LAST_WRITE | GENESYS    | a     | b    | c    | @9     | @5     | b      | SALESFORCE | -        | b
            both changed, Genesys wrote last        | LAST_WRITE | SALESFORCE | a     | b    | c    | @5     | @9     | c      | GENESYS    | c        | -
            skew: exactly at tolerance is a tie     | LAST_WRITE | SALESFORCE | a     | b    | c    | @5     | @7     | b      | SALESFORCE | -        | b
            skew: just inside tolerance is a tie    | LAST_WRITE | SALESFORCE | a     | b    | c    | @5     | @6.999 | b      | SALESFORCE | -        | b
            skew: just outside tolerance, later wins| LAST_WRITE | SALESFORCE | a     | b    | c    | @5     | @7.001 | c      | GENESYS    | c        | -
            skew: outside the other way             | LAST_WRITE | GENESYS    | a     | b    | c    | @7.001 | @5     | b      | SALESFORCE | -        | b
            tie goes to the tie-breaker Salesforce  | LAST_WRITE | SALESFORCE | a     | b    | c    | @5     | @5     | b      | SALESFORCE | -        | b
            tie goes to the tie-breaker Genesys     | LAST_WRITE | GENESYS    | a     | b    | c    | @5     | @5     | c      | GENESYS    | c        | -
            both changed, manual: nobody written    | MANUAL     | SALESFORCE | a     | b    | c    | @5     | @9     | a      | MANUAL     | -        | -
            Salesforce cleared (value to null)      | LAST_WRITE | SALESFORCE | a     | null | a    | @5     | @9     | null   | none       | -        | null
            Genesys filled in (null to value)       | SALESFORCE | SALESFORCE | null  | null | c    | @5     | @9     | c      | none       | c        | -
            cleared vs changed, Salesforce-owned    | SALESFORCE | SALESFORCE | a     | null | c    | @5     | @9     | null   | SALESFORCE | -        | null
            cleared vs changed, Genesys wrote last  | LAST_WRITE | SALESFORCE | a     | null | c    | @5     | @9     | c      | GENESYS    | c        | -
            no base, equal                          | SALESFORCE | SALESFORCE | -     | b    | b    | @5     | @9     | b      | none       | -        | -
            no base, differ, Salesforce-owned       | SALESFORCE | SALESFORCE | -     | b    | c    | @5     | @9     | b      | SALESFORCE | -        | b
            no base, differ, Genesys wrote last     | LAST_WRITE | SALESFORCE | -     | b    | c    | @5     | @9     | c      | GENESYS    | c        | -
            no base, null vs value, Salesforce-owned| SALESFORCE | SALESFORCE | -     | null | c    | @5     | @9     | null   | SALESFORCE | -        | null
            no base, differ, manual                 | MANUAL     | SALESFORCE | -     | b    | c    | @5     | @9     | null   | MANUAL     | -        | -
            Salesforce not seen, Genesys changed    | SALESFORCE | SALESFORCE | a     | -    | c    | -      | @9     | c      | none       | c        | -
            Genesys not seen, Salesforce changed    | GENESYS    | SALESFORCE | a     | b    | -    | @9     | -      | b      | none       | -        | b
            unsettled, still different: review again| MANUAL     | SALESFORCE | *a    | b    | c    | @5     | @9     | a      | MANUAL     | -        | -
            unsettled, one side at old base: review | MANUAL     | SALESFORCE | *a    | a    | c    | @5     | @9     | a      | MANUAL     | -        | -
            unsettled, no old value, one side empty | MANUAL     | SALESFORCE | *null | null | c    | @5     | @9     | null   | MANUAL     | -        | -
            unsettled, sides now agree: settled     | MANUAL     | SALESFORCE | *a    | c    | c    | @5     | @9     | c      | none       | -        | -
            unsettled, policy changed to Genesys    | GENESYS    | SALESFORCE | *a    | b    | c    | @5     | @9     | c      | GENESYS    | c        | -
            """)
    void settlesEveryCase(String name, FieldPolicy policy, Side tieBreaker, String base, String sf, String gc,
                          String sfAt, String gcAt, String merged, String winner, String writeSf, String writeGc) {
        ResolverTable.check(new ThreeWayMergeResolver(), policy, tieBreaker, base, sf, gc, sfAt, gcAt, merged,
                winner, writeSf, writeGc);
    }

    /** Genesys Cloud stores the base value {@code a} as {@code a'} (its normalisation of the sync's write). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                      | sf   | gc   | sfAt | gcAt | merged | conflict | write sf | write gc
            Genesys holds the echo: nothing changed     | a    | a'   | @5   | @9   | a      | false    | -        | -
            Genesys holds the echo, Salesforce changed  | b    | a'   | @5   | @9   | b      | false    | -        | b
            Genesys changed from the echo               | a    | c    | @9   | @5   | c      | false    | c        | -
            Genesys cleared the echo                    | a    | null | @9   | @5   | null   | false    | null     | -
            Genesys holds the base value itself         | a    | a    | @5   | @9   | a      | false    | -        | -
            """)
    void aValueThatIsTheSidesEchoOfTheBaseValueIsNoEdit(String name, String sf, String gc, String sfAt, String gcAt,
                                                        String merged, boolean conflict, String writeSf,
                                                        String writeGc) {
        ContactField field = ContactField.MOBILE_PHONE;
        Contact base = Contact.empty().with(ContactField.LAST_NAME, "Lovelace").with(field, "a");
        Echoes echoes = Echoes.none().with(Side.GENESYS, field, new Echoes.Echo("a", "a'"));
        ContactPair pair = new ContactPair(record(Side.SALESFORCE, base.with(field, sf), sfAt),
                record(Side.GENESYS, base.with(field, gc), gcAt), base, echoes);

        Resolution resolution = new ThreeWayMergeResolver().resolve(pair, SyncPolicies.defaults());

        assertThat(resolution.merged().get(field)).as("merged").isEqualTo(merged);
        assertThat(resolution.conflicts().isEmpty()).as("no conflict").isNotEqualTo(conflict);
        assertThat(write(resolution, Side.SALESFORCE)).as("write to Salesforce").isEqualTo(writeSf);
        assertThat(write(resolution, Side.GENESYS)).as("write to Genesys Cloud").isEqualTo(writeGc);
    }

    private static SideRecord record(Side side, Contact contact, String at) {
        return new SideRecord(side, side + "-1", Instant.parse("2024-05-01T10:00:00Z")
                .plusMillis(Math.round(Double.parseDouble(at.substring(1)) * 1000)), contact, null, null, false,
                List.of());
    }

    /** The patched value, {@code -} for no write. */
    private static String write(Resolution resolution, Side side) {
        Patch patch = resolution.patchFor(side);
        if (patch.isEmpty()) {
            return "-";
        }
        return patch.changes().get(ContactField.MOBILE_PHONE);
    }
}
