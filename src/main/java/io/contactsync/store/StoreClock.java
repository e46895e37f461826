package io.contactsync.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The store keeps times to the millisecond on every database, so "now" is taken at that precision too. */
final class StoreClock {

    private final Clock clock;

    StoreClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return truncate(clock.instant());
    }

    static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
