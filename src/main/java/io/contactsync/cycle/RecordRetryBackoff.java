package io.contactsync.cycle;

import java.time.Duration;
import java.util.Objects;

/**
 * When a pair whose write failed is planned again: the initial delay after the first failed attempt, doubling with
 * each further attempt up to the maximum. A record keeps being retried (never given up) so that an outage longer
 * than the poll overlap cannot leave an edit unwritten; the growing delay keeps a permanently failing record from
 * spending every cycle's API budget.
 */
public record RecordRetryBackoff(Duration initialDelay, Duration maximumDelay) {

    public RecordRetryBackoff {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maximumDelay, "maximumDelay");
        if (initialDelay.isNegative() || maximumDelay.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
        if (maximumDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("the maximum retry delay must not be shorter than the initial delay");
        }
    }

    /** The wait before the next attempt once {@code failedAttempts} (at least 1) attempts have failed. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        Duration delay = initialDelay;
        for (int attempt = 1; attempt < failedAttempts && delay.compareTo(maximumDelay) < 0; attempt++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maximumDelay) < 0 ? delay : maximumDelay;
    }
}
