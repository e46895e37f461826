package io.contactsync.resolve;

import io.contactsync.model.FieldDirection;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A one-way field is its owner's, whatever the resolver and the field's policy: the owner's edit flows, the other
 * side's edit is put back and journalled as the losing value of a conflict the owner wins. See
 * {@link ResolverTable} for the cell conventions.
 */
class OwnedFieldTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            owner edits                       | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | a | b    | a    | @1 | @5 | b    | none       | -    | b
            other side edits: put back        | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | a | a    | c    | @1 | @5 | a    | SALESFORCE | -    | a
            other side clears: put back       | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | a | a    | null | @1 | @5 | a    | SALESFORCE | -    | a
            both edit, other later            | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | a | b    | c    | @1 | @9 | b    | SALESFORCE | -    | b
            a MANUAL policy does not apply    | threeWayMerge | SALESFORCE_TO_GENESYS | MANUAL     | a | b    | c    | @1 | @9 | b    | SALESFORCE | -    | b
            no base                           | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | - | b    | c    | @1 | @9 | b    | SALESFORCE | -    | b
            no base, owner has none           | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | - | null | c    | @1 | @9 | null | SALESFORCE | -    | null
            owner not seen, other edits       | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | a | -    | c    | -  | @5 | a    | SALESFORCE | -    | a
            other not seen, owner edits       | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | a | b    | -    | @5 | -  | b    | none       | -    | b
            both agree                        | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | a | c    | c    | @1 | @5 | c    | none       | -    | -
            unsettled base                    | threeWayMerge | SALESFORCE_TO_GENESYS | LAST_WRITE | *a | a   | c    | @1 | @5 | a    | SALESFORCE | -    | a
            Genesys owner edits               | threeWayMerge | GENESYS_TO_SALESFORCE | LAST_WRITE | a | a    | b    | @1 | @5 | b    | none       | b    | -
            Salesforce edits Genesys' field   | threeWayMerge | GENESYS_TO_SALESFORCE | SALESFORCE | a | c    | a    | @9 | @5 | a    | GENESYS    | a    | -
            field priority: owner, not policy | fieldPriority | SALESFORCE_TO_GENESYS | GENESYS    | a | a    | c    | @1 | @5 | a    | SALESFORCE | -    | a
            last write wins: owner, not later | lastWriteWins | GENESYS_TO_SALESFORCE | LAST_WRITE | a | c    | a    | @9 | @5 | a    | GENESYS    | a    | -
            """)
    void theOwnerWins(String name, String resolver, FieldDirection direction, FieldPolicy policy, String base,
                      String sf, String gc, String sfAt, String gcAt, String merged, String winner, String writeSf,
                      String writeGc) {
        ResolverTable.check(Resolvers.byName(resolver), policy, direction, Side.SALESFORCE, base, sf, gc, sfAt, gcAt,
                merged, winner, writeSf, writeGc);
    }
}
