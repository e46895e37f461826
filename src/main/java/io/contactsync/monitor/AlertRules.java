package io.contactsync.monitor;

import io.contactsync.store.RunStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Decides which alerts a snapshot raises. The per-run conditions are checked only when a run has just ended. */
public final class AlertRules {

    private final AlertThresholds thresholds;

    public AlertRules(AlertThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<Alert> evaluate(MonitorSnapshot snapshot) {
        List<Alert> alerts = new ArrayList<>();
        snapshot.finishedRun().ifPresent(run -> {
            if (run.status() == RunStatus.HELD) {
                alerts.add(new Alert(AlertCondition.MASS_DISAPPEARANCE, "Run " + run.id() + " held: " + run.errorText()));
            }
            // the initial reconcile meets every difference the two systems had before: expected, not alarming
            if (!snapshot.initialReconcile() && run.counts().conflicts() > thresholds.maxConflictsPerRun()) {
                alerts.add(new Alert(AlertCondition.TOO_MANY_CONFLICTS, "Run " + run.id() + " recorded "
                        + run.counts().conflicts() + " conflicts (more than " + thresholds.maxConflictsPerRun() + ")"));
            }
            if (run.counts().errors() > thresholds.maxErrorsPerRun()) {
                alerts.add(new Alert(AlertCondition.TOO_MANY_ERRORS, "Run " + run.id() + " had "
                        + run.counts().errors() + " record errors (more than " + thresholds.maxErrorsPerRun() + ")"));
            }
            int growthRuns = thresholds.deadLetterGrowthRuns();
            if (snapshot.recentRuns().latestAllAddedDeadLetters(growthRuns)) {
                alerts.add(new Alert(AlertCondition.DEAD_LETTERS_GROWING, "Each of the last " + growthRuns
                        + " runs added dead letters; " + snapshot.openDeadLetters() + " are open"));
            }
            int failedRuns = thresholds.failedRuns();
            if (snapshot.recentRuns().latestAllFailed(failedRuns)) {
                alerts.add(new Alert(AlertCondition.RUNS_FAILING, "Each of the last " + failedRuns
                        + " runs FAILED; the latest: " + run.errorText()));
            }
        });
        snapshot.settingsRefusal().ifPresent(refusal -> alerts.add(new Alert(AlertCondition.SETTINGS_REFUSED,
                "Settings change refused, the sync keeps the settings in use: " + refusal)));
        Instant successOrStart = snapshot.lastSuccessAt().filter(at -> at.isAfter(snapshot.watchingSince()))
                .orElse(snapshot.watchingSince());
        Duration withoutSuccess = Duration.between(successOrStart, snapshot.now());
        if (withoutSuccess.compareTo(thresholds.maxTimeWithoutSuccess()) > 0) {
            alerts.add(new Alert(AlertCondition.NO_SUCCESSFUL_RUN, "No successful run for "
                    + withoutSuccess.toMinutes() + " minutes (" + snapshot.lastSuccessAt()
                    .map(at -> "the last one finished at " + at).orElse("none since the start at "
                            + snapshot.watchingSince()) + ")"));
        }
        return alerts;
    }
}
