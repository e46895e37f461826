package io.contactsync.cycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordRetryBackoffTest {

    private static final RecordRetryBackoff THIRTY_SECONDS_TO_THIRTY_MINUTES =
            new RecordRetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

    @ParameterizedTest(name = "after {0} failed attempts wait {1}")
    @CsvSource(textBlock = """
            1, PT30S
            2, PT1M
            3, PT2M
            4, PT4M
            5, PT8M
            6, PT16M
            7, PT30M
            8, PT30M
            1000, PT30M
            """)
    void delayDoublesFromTheInitialDelayUpToTheMaximum(int failedAttempts, Duration expected) {
        assertThat(THIRTY_SECONDS_TO_THIRTY_MINUTES.delayAfter(failedAttempts)).isEqualTo(expected);
    }

    @Test
    void zeroInitialDelayRetriesOnTheNextCycle() {
        RecordRetryBackoff immediate = new RecordRetryBackoff(Duration.ZERO, Duration.ofMinutes(30));

        assertThat(immediate.delayAfter(1)).isZero();
        assertThat(immediate.delayAfter(50)).isZero();
    }

    @Test
    void refusesNonsensicalSettings() {
        assertThatThrownBy(() -> new RecordRetryBackoff(Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordRetryBackoff(Duration.ofSeconds(-1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> THIRTY_SECONDS_TO_THIRTY_MINUTES.delayAfter(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
