package io.contactsync.resolve;

import io.contactsync.model.FieldPolicy;
import io.contactsync.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The field-priority strategy ignores the base: any difference is a conflict settled by the field's policy. */
class FieldPriorityResolverTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case                                    | policy     | tie        | base | sf   | gc   | sfAt   | gcAt   | merged | winner     | write sf | write gc
            nothing differs                           | SALESFORCE | SALESFORCE | a    | a    | a    | @5     | @9     | a      | none       | -        | -
            both hold the same new value              | GENESYS    | SALESFORCE | a    | b    | b    | @5     | @9     | b      | none       | -        | -
            Salesforce edit reverted: Genesys-owned   | GENESYS    | SALESFORCE | a    | b    | a    | @9     | @5     | a      | GENESYS    | a        | -
            Salesforce edit kept: Salesforce-owned    | SALESFORCE | SALESFORCE | a    | b    | a    | @5     | @9     | b      | SALESFORCE | -        | b
            last write: Genesys later but at the base | LAST_WRITE | SALESFORCE | a    | b    | a    | @5     | @9     | b      | SALESFORCE | -        | b
            last write: Salesforce later, at the base | LAST_WRITE | SALESFORCE | a    | a    | c    | @9     | @5     | c      | GENESYS    | c        | -
            differ, Salesforce wrote last             | LAST_WRITE | GENESYS    | a    | b    | c    | @9     | @5     | b      | SALESFORCE | -        | b
            skew: exactly at tolerance is a tie       | LAST_WRITE | GENESYS    | a    | b    | c    | @7     | @5     | c      | GENESYS    | c        | -
            skew: just outside tolerance, later wins  | LAST_WRITE | GENESYS    | a    | b    | c    | @7.001 | @5     | b      | SALESFORCE | -        | b
            tie goes to the tie-breaker               | LAST_WRITE | SALESFORCE | a    | b    | c    | @5     | @5     | b      | SALESFORCE | -        | b
            manual: nobody written                    | MANUAL     | SALESFORCE | a    | b    | c    | @5     | @9     | a      | MANUAL     | -        | -
            null vs value, Salesforce-owned           | SALESFORCE | SALESFORCE | a    | null | c    | @5     | @9     | null   | SALESFORCE | -        | null
            value vs null, Salesforce-owned           | SALESFORCE | SALESFORCE | a    | b    | null | @5     | @9     | b      | SALESFORCE | -        | b
            no base, differ, Genesys-owned            | GENESYS    | SALESFORCE | -    | b    | c    | @5     | @9     | c      | GENESYS    | c        | -
            Salesforce not seen, Salesforce-owned     | SALESFORCE | SALESFORCE | a    | -    | c    | -      | @9     | a      | SALESFORCE | -        | a
            Salesforce not seen, last write: Genesys  | LAST_WRITE | SALESFORCE | a    | -    | c    | -      | @9     | c      | GENESYS    | c        | -
            """)
    void settlesEveryDifferenceByPolicy(String name, FieldPolicy policy, Side tieBreaker, String base, String sf,
                                        String gc, String sfAt, String gcAt, String merged, String winner,
                                        String writeSf, String writeGc) {
        ResolverTable.check(new FieldPriorityResolver(), policy, tieBreaker, base, sf, gc, sfAt, gcAt, merged,
                winner, writeSf, writeGc);
    }
}
