package io.contactsync.monitor;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Alert CONFLICTS = new Alert(AlertCondition.TOO_MANY_CONFLICTS, "11 conflicts");
    private static final Alert ERRORS = new Alert(AlertCondition.TOO_MANY_ERRORS, "6 errors");

    private final AlertThrottle fresh = AlertThrottle.allowingEvery(Duration.ofMinutes(30));

    @Test
    void theFirstAlertOfAConditionGoesThrough() {
        assertThat(fresh.admit(List.of(CONFLICTS, ERRORS), T0).alerts()).containsExactly(CONFLICTS, ERRORS);
    }

    @Test
    void theSameConditionIsHeldBackUntilTheRepeatIntervalHasPassed() {
        AlertThrottle afterFirst = fresh.admit(List.of(CONFLICTS), T0).next();

        assertThat(afterFirst.admit(List.of(CONFLICTS), T0.plus(Duration.ofMinutes(29))).alerts()).isEmpty();
        assertThat(afterFirst.admit(List.of(CONFLICTS), T0.plus(Duration.ofMinutes(30))).alerts())
                .containsExactly(CONFLICTS);
    }

    @Test
    void aHeldBackAlertDoesNotRestartTheInterval() {
        AlertThrottle afterFirst = fresh.admit(List.of(CONFLICTS), T0).next();
        AlertThrottle afterHeldBack = afterFirst.admit(List.of(CONFLICTS), T0.plus(Duration.ofMinutes(20))).next();

        assertThat(afterHeldBack.admit(List.of(CONFLICTS), T0.plus(Duration.ofMinutes(30))).alerts())
                .containsExactly(CONFLICTS);
    }

    @Test
    void conditionsAreThrottledApart() {
        AlertThrottle afterConflicts = fresh.admit(List.of(CONFLICTS), T0).next();

        assertThat(afterConflicts.admit(List.of(CONFLICTS, ERRORS), T0.plusSeconds(60)).alerts()).containsExactly(ERRORS);
    }

    @Test
    void admittingLeavesTheThrottleItWasCalledOnUnchanged() {
        fresh.admit(List.of(CONFLICTS), T0);

        assertThat(fresh.lastRaised()).isEmpty();
    }
}
