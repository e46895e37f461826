package io.contactsync.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lets an alert through at most once per {@code repeatAfter} for each condition. Immutable: {@link #admit} answers
 * the alerts to raise and the throttle that remembers them.
 */
public record AlertThrottle(Duration repeatAfter, Map<AlertCondition, Instant> lastRaised) {

    public AlertThrottle {
        lastRaised = Map.copyOf(lastRaised);
    }

    public static AlertThrottle allowingEvery(Duration repeatAfter) {
        return new AlertThrottle(repeatAfter, Map.of());
    }

    public Admitted admit(List<Alert> alerts, Instant now) {
        Map<AlertCondition, Instant> raised = new EnumMap<>(AlertCondition.class);
        raised.putAll(lastRaised);
        List<Alert> admitted = new ArrayList<>();
        for (Alert alert : alerts) {
            Instant last = raised.get(alert.condition());
            if (last == null || !now.isBefore(last.plus(repeatAfter))) {
                admitted.add(alert);
                raised.put(alert.condition(), now);
            }
        }
        return new Admitted(List.copyOf(admitted), new AlertThrottle(repeatAfter, raised));
    }

    /** The alerts to raise now, and the throttle to use next. */
    public record Admitted(List<Alert> alerts, AlertThrottle next) {
    }
}
