package io.contactsync.match;

import io.contactsync.model.FieldDirection;
import io.contactsync.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OneWayModeTest {

    @ParameterizedTest(name = "{0}, found only in {1}: {2}; link id written to Salesforce {3}, Genesys {4}")
    @CsvSource(delimiter = '|', textBlock = """
            BOTH                  | true  | SALESFORCE | ONLY_SALESFORCE | true  | true
            BOTH                  | false | GENESYS    | ONLY_GENESYS    | true  | true
            SALESFORCE_TO_GENESYS | true  | SALESFORCE | ONLY_SALESFORCE | true  | true
            SALESFORCE_TO_GENESYS | true  | GENESYS    | IGNORED         | true  | true
            SALESFORCE_TO_GENESYS | false | GENESYS    | IGNORED         | false | true
            GENESYS_TO_SALESFORCE | true  | SALESFORCE | IGNORED         | true  | true
            GENESYS_TO_SALESFORCE | false | GENESYS    | ONLY_GENESYS    | true  | false
            """)
    void leavesTheTargetsOwnContactsAloneAndWritesTheSourceOnlyItsLinkId(
            FieldDirection direction, boolean linkIdsInSource, Side foundOnlyIn, MatchOutcome.Kind kind,
            boolean linkIdToSalesforce, boolean linkIdToGenesys) {
        OneWayMode mode = new OneWayMode(direction, linkIdsInSource);

        MatchOutcome outcome = mode.restrict(MatchOutcome.only((foundOnlyIn == Side.SALESFORCE ? Records.salesforce("r-1") : Records.genesys("r-1")).build()));

        assertThat(outcome.kind()).isEqualTo(kind);
        if (kind == MatchOutcome.Kind.IGNORED) {
            assertThat(outcome.reason()).contains("is not created in");
        }
        assertThat(mode.writesLinkIdTo(Side.SALESFORCE)).isEqualTo(linkIdToSalesforce);
        assertThat(mode.writesLinkIdTo(Side.GENESYS)).isEqualTo(linkIdToGenesys);
    }
}
