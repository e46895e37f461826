package io.contactsync.monitor;

import io.contactsync.store.RunStatus;
import io.contactsync.store.SyncRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.contactsync.monitor.AlertCondition.DEAD_LETTERS_GROWING;
import static io.contactsync.monitor.AlertCondition.MASS_DISAPPEARANCE;
import static io.contactsync.monitor.AlertCondition.NO_SUCCESSFUL_RUN;
import static io.contactsync.monitor.AlertCondition.RUNS_FAILING;
import static io.contactsync.monitor.AlertCondition.SETTINGS_REFUSED;
import static io.contactsync.monitor.AlertCondition.TOO_MANY_CONFLICTS;
import static io.contactsync.monitor.AlertCondition.TOO_MANY_ERRORS;
import static io.contactsync.monitor.Runs.T0;
import static io.contactsync.monitor.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Which conditions a snapshot raises, with the brief's default thresholds (10 conflicts, 5 errors, 60 minutes, 3 runs). */
class AlertRulesTest {

    private static final AlertRules RULES = new AlertRules(AlertThresholds.DEFAULTS);
    private static final SyncRun QUIET = run(9, RunStatus.SUCCEEDED);
    private static final List<SyncRun> QUIET_HISTORY = List.of(run(8, RunStatus.SUCCEEDED), run(7, RunStatus.SUCCEEDED));

    static Stream<Arguments> table() {
        return Stream.of(
                // name, finished run, earlier runs, last success minutes before now, minutes since start, expected
                Arguments.of("a quiet run", QUIET, QUIET_HISTORY, 1, 120, List.of()),
                Arguments.of("10 conflicts is at the threshold", run(9, RunStatus.SUCCEEDED, 10, 0, 0), QUIET_HISTORY,
                        1, 120, List.of()),
                Arguments.of("11 conflicts", run(9, RunStatus.SUCCEEDED, 11, 0, 0), QUIET_HISTORY, 1, 120,
                        List.of(TOO_MANY_CONFLICTS)),
                Arguments.of("5 errors is at the threshold", run(9, RunStatus.PARTIAL, 0, 5, 0), QUIET_HISTORY, 1, 120,
                        List.of()),
                Arguments.of("6 errors", run(9, RunStatus.PARTIAL, 0, 6, 0), QUIET_HISTORY, 1, 120,
                        List.of(TOO_MANY_ERRORS)),
                Arguments.of("dead letters in each of the last 3 runs", run(9, RunStatus.PARTIAL, 0, 1, 1),
                        List.of(run(8, RunStatus.PARTIAL, 0, 1, 1), run(7, RunStatus.PARTIAL, 0, 2, 2)), 1, 120,
                        List.of(DEAD_LETTERS_GROWING)),
                Arguments.of("dead letters in 2 of the last 3 runs", run(9, RunStatus.PARTIAL, 0, 1, 1),
                        List.of(run(8, RunStatus.PARTIAL, 0, 1, 1), run(7, RunStatus.SUCCEEDED)), 1, 120, List.of()),
                Arguments.of("a run held for a mass disappearance", run(9, RunStatus.HELD), QUIET_HISTORY, 1, 120,
                        List.of(MASS_DISAPPEARANCE)),
                Arguments.of("the last 3 runs failed", run(9, RunStatus.FAILED),
                        List.of(run(8, RunStatus.FAILED), run(7, RunStatus.FAILED)), 5, 120, List.of(RUNS_FAILING)),
                Arguments.of("2 of the last 3 runs failed", run(9, RunStatus.FAILED),
                        List.of(run(8, RunStatus.FAILED), run(7, RunStatus.PARTIAL)), 5, 120, List.of()),
                Arguments.of("no success for 61 minutes", run(9, RunStatus.FAILED), QUIET_HISTORY, 61, 120,
                        List.of(NO_SUCCESSFUL_RUN)),
                Arguments.of("no success for 60 minutes is at the threshold", run(9, RunStatus.FAILED), QUIET_HISTORY,
                        60, 120, List.of()),
                Arguments.of("never a success, but started 30 minutes ago", run(9, RunStatus.FAILED), List.of(), -1, 30,
                        List.of()),
                Arguments.of("never a success since the start 61 minutes ago", run(9, RunStatus.FAILED), List.of(), -1,
                        61, List.of(NO_SUCCESSFUL_RUN)),
                Arguments.of("an old success before a recent start", run(9, RunStatus.FAILED), List.of(), 500, 10,
                        List.of()),
                Arguments.of("everything at once", run(9, RunStatus.PARTIAL, 11, 6, 6),
                        List.of(run(8, RunStatus.PARTIAL, 0, 1, 1), run(7, RunStatus.PARTIAL, 0, 1, 1)), 90, 120,
                        List.of(TOO_MANY_CONFLICTS, TOO_MANY_ERRORS, DEAD_LETTERS_GROWING, NO_SUCCESSFUL_RUN)),
                Arguments.of("between runs only staleness counts", null,
                        List.of(run(9, RunStatus.PARTIAL, 11, 6, 6), run(8, RunStatus.PARTIAL, 0, 1, 1),
                                run(7, RunStatus.PARTIAL, 0, 1, 1)), 90, 120, List.of(NO_SUCCESSFUL_RUN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void raises(String name, SyncRun finished, List<SyncRun> earlier, int lastSuccessMinutesAgo, int startedMinutesAgo,
                List<AlertCondition> expected) {
        assertThat(RULES.evaluate(snapshot(finished, earlier, lastSuccessMinutesAgo, startedMinutesAgo))).extracting(Alert::condition).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyAlertSaysItsNumbers(String name, SyncRun finished, List<SyncRun> earlier, int lastSuccessMinutesAgo,
                                  int startedMinutesAgo, List<AlertCondition> expected) {
        for (Alert alert : RULES.evaluate(snapshot(finished, earlier, lastSuccessMinutesAgo, startedMinutesAgo))) {
            String number = switch (alert.condition()) {
                case TOO_MANY_CONFLICTS -> finished.counts().conflicts() + " conflicts";
                case TOO_MANY_ERRORS -> finished.counts().errors() + " record errors";
                case DEAD_LETTERS_GROWING -> "7 are open";
                case MASS_DISAPPEARANCE -> "Run " + finished.id() + " held";
                case RUNS_FAILING -> "last 3 runs FAILED";
                case SETTINGS_REFUSED -> "Settings change refused";
                case NO_SUCCESSFUL_RUN -> Math.min(lastSuccessMinutesAgo < 0 ? startedMinutesAgo : lastSuccessMinutesAgo,
                        startedMinutesAgo) + " minutes";
            };
            assertThat(alert.message()).contains(number);
        }
    }

    @Test
    void theInitialReconcileRaisesNoConflictAlertHoweverManyItMet() {
        SyncRun initial = run(1, RunStatus.SUCCEEDED, 22, 0, 0);
        MonitorSnapshot snapshot = new MonitorSnapshot(Optional.of(initial), new RunWindow(List.of(initial)),
                Optional.of(T0), T0.minus(Duration.ofMinutes(1)), 0, T0, true, Optional.empty());

        assertThat(RULES.evaluate(snapshot)).isEmpty();
        assertThat(RULES.evaluate(new MonitorSnapshot(Optional.of(initial), new RunWindow(List.of(initial)),
                Optional.of(T0), T0.minus(Duration.ofMinutes(1)), 0, T0, false, Optional.empty())))
                .as("a later run with as many").extracting(Alert::condition).containsExactly(TOO_MANY_CONFLICTS);
    }

    @Test
    void aRefusedSettingsChangeRaisesAnAlertNamingWhy() {
        MonitorSnapshot quiet = snapshot(null, List.of(), 1, 10);
        MonitorSnapshot refused = new MonitorSnapshot(quiet.finishedRun(), quiet.recentRuns(), quiet.lastSuccessAt(),
                quiet.watchingSince(), quiet.openDeadLetters(), quiet.now(), false,
                Optional.of("fields.tier.salesforce.field: Tier__c is not a field of Contact"));

        assertThat(RULES.evaluate(quiet)).isEmpty();
        assertThat(RULES.evaluate(refused)).singleElement().satisfies(alert -> {
            assertThat(alert.condition()).isEqualTo(SETTINGS_REFUSED);
            assertThat(alert.message()).contains("Tier__c is not a field of Contact");
        });
    }

    /** Now is T0; 7 dead letters are open; a negative {@code lastSuccessMinutesAgo} means no success ever. */
    private static MonitorSnapshot snapshot(SyncRun finished, List<SyncRun> earlier, int lastSuccessMinutesAgo,
                                            int startedMinutesAgo) {
        List<SyncRun> runs = finished == null ? earlier : Stream.concat(Stream.of(finished), earlier.stream()).toList();
        Optional<Instant> lastSuccess = lastSuccessMinutesAgo < 0 ? Optional.empty()
                : Optional.of(T0.minus(Duration.ofMinutes(lastSuccessMinutesAgo)));
        return new MonitorSnapshot(Optional.ofNullable(finished), new RunWindow(runs), lastSuccess,
                T0.minus(Duration.ofMinutes(startedMinutesAgo)), 7, T0, false, Optional.empty());
    }
}
