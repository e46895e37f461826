package io.contactsync.monitor;

import io.contactsync.model.Side;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The latest API call outcome per system, for the health checks. */
public final class LastCalls {

    private final Map<Side, CallOutcome> latest = new ConcurrentHashMap<>();

    public void record(Side system, CallOutcome outcome) {
        latest.put(system, outcome);
    }

    public Optional<CallOutcome> latest(Side system) {
        return Optional.ofNullable(latest.get(system));
    }
}
