package io.contactsync.monitor;

import io.contactsync.model.Emails;
import io.contactsync.model.Side;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;
import java.util.Optional;

/**
 * Whether one of the two systems answered the latest API call (health check {@code contactsync-salesforce} or
 * {@code contactsync-genesys}). Shown in {@code /observe/health} with the call's time and status; neither a
 * readiness nor a liveness check, since restarting or unrouting this process does not bring a system back.
 */
public final class SystemHealthCheck extends AbstractHealthCheck {

    private final Side system;
    private final LastCalls lastCalls;

    public SystemHealthCheck(Side system, LastCalls lastCalls) {
        super("contactsync", "contactsync-" + SyncMetrics.label(system));
        this.system = system;
        this.lastCalls = lastCalls;
    }

    @Override
    public boolean isReadiness() {
        return false;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Optional<CallOutcome> latest = lastCalls.latest(system);
        if (latest.isEmpty()) {
            builder.unknown().message("no call to " + SyncMetrics.label(system) + " yet");
            return;
        }
        CallOutcome outcome = latest.get();
        // unauthenticated health details show the system's error text, which can quote a contact's address
        String error = Emails.masked(outcome.error());
        builder.detail("last.call.at", outcome.at().toString());
        builder.detail("last.call.status", outcome.status());
        if (outcome.error() != null) {
            builder.detail("last.call.error", error);
        }
        if (outcome.reachable()) {
            builder.up();
        } else {
            builder.down().message(SyncMetrics.label(system) + " did not answer the latest call: " + error);
        }
    }
}
