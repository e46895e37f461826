package io.contactsync.monitor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CallOutcomeTest {

    @ParameterizedTest(name = "{0}: reachable {1}, rate limited {2}")
    @CsvSource({
            "ok, true, false",
            "200, true, false",
            "204, true, false",
            "400, true, false",
            "404, true, false",
            "429, true, true",
            "401, false, false",
            "403, false, false",
            "500, false, false",
            "503, false, false",
            "error, false, false"})
    void reachableUnlessNoAnswerAServerErrorOrARefusedLogin(String status, boolean reachable, boolean rateLimited) {
        CallOutcome outcome = new CallOutcome(Instant.EPOCH, status, null);

        assertThat(outcome.reachable()).isEqualTo(reachable);
        assertThat(outcome.rateLimited()).isEqualTo(rateLimited);
    }
}
