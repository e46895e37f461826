package io.contactsync.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long Salesforce last asked to be left alone: camel-salesforce's exceptions carry no response headers, so
 * its HTTP client reports each answer's {@code Retry-After} (whole seconds) here, and a retry of any Salesforce call
 * waits what is left of it. Salesforce documents no Retry-After (its API limits answer 403 REQUEST_LIMIT_EXCEEDED),
 * but a 429 or 503 that carries one, from Salesforce or a proxy in front of it, is honoured.
 */
public final class SalesforceRetryAfter {

    private final Clock clock;
    private final AtomicReference<Instant> notBefore = new AtomicReference<>(Instant.MIN);

    public SalesforceRetryAfter(Clock clock) {
        this.clock = clock;
    }

    /** An answer's {@code Retry-After} header value, or null when it had none. */
    public void answered(String retryAfterHeader) {
        seconds(retryAfterHeader).ifPresent(seconds -> {
            Instant until = clock.instant().plusSeconds(seconds);
            notBefore.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
        });
    }

    /** What is left of the latest wait Salesforce asked for; empty once it has passed. */
    public Optional<Duration> remaining() {
        Instant now = clock.instant();
        Instant until = notBefore.get();
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private static Optional<Long> seconds(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds > 0 ? Optional.of(seconds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
