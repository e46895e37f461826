package io.contactsync.monitor;

import java.time.Duration;

/**
 * When the monitor raises an alert (defaults from the original brief).
 *
 * @param maxConflictsPerRun     more conflicts than this in one run raise {@link AlertCondition#TOO_MANY_CONFLICTS}
 * @param maxErrorsPerRun        more record errors than this in one run raise {@link AlertCondition#TOO_MANY_ERRORS}
 * @param maxTimeWithoutSuccess  longer than this without a successful run raises {@link AlertCondition#NO_SUCCESSFUL_RUN}
 * @param deadLetterGrowthRuns   dead letters added in each of this many latest runs raise
 *                               {@link AlertCondition#DEAD_LETTERS_GROWING}
 * @param failedRuns             this many latest runs all FAILED raise {@link AlertCondition#RUNS_FAILING}
 */
public record AlertThresholds(int maxConflictsPerRun, int maxErrorsPerRun, Duration maxTimeWithoutSuccess,
                              int deadLetterGrowthRuns, int failedRuns) {

    public static final AlertThresholds DEFAULTS = new AlertThresholds(10, 5, Duration.ofMinutes(60), 3, 3);

    public AlertThresholds {
        if (maxConflictsPerRun < 0 || maxErrorsPerRun < 0 || deadLetterGrowthRuns < 1 || failedRuns < 1
                || maxTimeWithoutSuccess.isNegative()) {
            throw new IllegalArgumentException("alert thresholds must not be negative (and the dead-letter growth"
                    + " and failed-run windows at least one run): " + maxConflictsPerRun + ", " + maxErrorsPerRun
                    + ", " + maxTimeWithoutSuccess + ", " + deadLetterGrowthRuns + ", " + failedRuns);
        }
    }
}
