package io.contactsync.match;

import io.contactsync.model.DeletePolicy;
import io.contactsync.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteResolverTest {

    @ParameterizedTest(name = "{0}: Salesforce {1}, Genesys {2} -> {3} (deleted on {4})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            UNLINK    | deleted | base    | RETIRE_LINK     | SALESFORCE
            UNLINK    | deleted | -       | RETIRE_LINK     | SALESFORCE
            UNLINK    | base    | deleted | RETIRE_LINK     | GENESYS
            PROPAGATE | deleted | -       | DELETE_SURVIVOR | SALESFORCE
            PROPAGATE | -       | deleted | DELETE_SURVIVOR | GENESYS
            IGNORE    | deleted | base    | KEEP_LINK       | SALESFORCE
            IGNORE    | edited  | deleted | KEEP_LINK       | GENESYS
            UNLINK    | deleted | edited  | REVIEW          | SALESFORCE
            PROPAGATE | edited  | deleted | REVIEW          | GENESYS
            PROPAGATE | deleted | deleted | RETIRE_LINK     | null
            IGNORE    | deleted | deleted | RETIRE_LINK     | null
            """)
    void decides(DeletePolicy policy, String salesforce, String genesys, DeleteDecision.Action action,
                 Side deletedOn) {
        DeleteDecision decision = new DeleteResolver(policy, null)
                .decide(PairStateTable.pair(salesforce, genesys, "base"));

        assertThat(decision.action()).isEqualTo(action);
        assertThat(decision.deletedOn()).isEqualTo(deletedOn);
        assertThat(decision.survivor()).isEqualTo(deletedOn == null ? null : deletedOn.other());
    }

    /** One-way from Salesforce: nothing is ever deleted in Salesforce, whatever the policy. */
    @ParameterizedTest(name = "{0}: Salesforce {1}, Genesys {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PROPAGATE | base    | deleted | RETIRE_LINK
            PROPAGATE | edited  | deleted | RETIRE_LINK
            UNLINK    | edited  | deleted | RETIRE_LINK
            IGNORE    | base    | deleted | KEEP_LINK
            PROPAGATE | deleted | base    | DELETE_SURVIVOR
            UNLINK    | deleted | edited  | REVIEW
            """)
    void oneWayNeverDeletesInItsSource(DeletePolicy policy, String salesforce, String genesys,
                                       DeleteDecision.Action action) {
        DeleteDecision decision = new DeleteResolver(policy, Side.SALESFORCE)
                .decide(PairStateTable.pair(salesforce, genesys, "base"));

        assertThat(decision.action()).isEqualTo(action);
    }

    @Test
    void deleteAgainstEditExplainsWhatAnOperatorCanDo() {
        DeleteDecision decision = new DeleteResolver(DeletePolicy.UNLINK, null)
                .decide(PairStateTable.pair("deleted", "edited", "base"));

        assertThat(decision.reason()).isEqualTo("deleted in Salesforce (003A) but edited in Genesys Cloud since the"
                + " last sync: restore it, delete the other, or unlink");
    }

    @Test
    void aPairWithoutADeleteIsNotItsBusiness() {
        assertThatThrownBy(() -> new DeleteResolver(DeletePolicy.UNLINK, null).decide(
                PairStateTable.pair("edited", "base", "base"))).isInstanceOf(IllegalArgumentException.class);
    }
}
