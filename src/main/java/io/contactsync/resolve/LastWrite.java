package io.contactsync.resolve;

import io.contactsync.model.Side;

import java.time.Duration;
import java.time.Instant;

/** Which side wrote last, allowing for clock skew between the two systems. */
final class LastWrite {

    private LastWrite() {
    }

    /**
     * The side modified later. A side not seen this cycle or still at the base (null time) has not changed since
     * the base, so it is the earlier one. Times at most {@code skewTolerance} apart are a tie, won by {@code tieBreaker}.
     */
    static Side winner(Instant salesforce, Instant genesys, Duration skewTolerance, Side tieBreaker) {
        if (salesforce == null || genesys == null) {
            if (salesforce == genesys) {
                return tieBreaker;
            }
            return salesforce == null ? Side.GENESYS : Side.SALESFORCE;
        }
        Duration gap = Duration.between(salesforce, genesys);
        if (gap.abs().compareTo(skewTolerance) <= 0) {
            return tieBreaker;
        }
        return gap.isNegative() ? Side.SALESFORCE : Side.GENESYS;
    }
}
