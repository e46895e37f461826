package io.contactsync.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PairClassifierTest {

    @ParameterizedTest(name = "Salesforce {0}, Genesys {1}, base {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            base    | base    | base      | UNCHANGED
            base    | -       | base      | UNCHANGED
            -       | base    | base      | UNCHANGED
            edited  | base    | base      | ONE_SIDE_CHANGED
            edited  | -       | base      | ONE_SIDE_CHANGED
            base    | edited  | base      | ONE_SIDE_CHANGED
            -       | edited  | base      | ONE_SIDE_CHANGED
            edited  | edited  | base      | BOTH_CHANGED
            base    | base    | -         | NEW_PAIR
            edited  | base    | -         | NEW_PAIR
            base    | base    | unsettled | BOTH_CHANGED
            -       | base    | unsettled | ONE_SIDE_CHANGED
            deleted | base    | base      | DELETED
            edited  | deleted | base      | DELETED
            deleted | -       | base      | DELETED
            deleted | deleted | base      | DELETED
            """)
    void classifiesAgainstTheBase(String salesforce, String genesys, String base, PairState expected) {
        assertThat(new PairClassifier().classify(PairStateTable.pair(salesforce, genesys, base))).isEqualTo(expected);
    }
}
