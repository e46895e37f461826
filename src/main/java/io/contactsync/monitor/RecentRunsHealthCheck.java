package io.contactsync.monitor;

import io.contactsync.store.StoreException;
import io.contactsync.store.SyncStore;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;

/**
 * Health check {@code contactsync-runs}: DOWN when each of the latest {@code failedRuns} runs FAILED. Shown in
 * {@code /observe/health} (and raised as the RUNS_FAILING alert), in neither readiness nor liveness: failing cycles
 * fail on every replica alike, and taking them all out of service would hide the dashboard when it is needed most.
 */
public final class RecentRunsHealthCheck extends AbstractHealthCheck {

    private final SyncStore store;
    private final int failedRuns;

    public RecentRunsHealthCheck(SyncStore store, int failedRuns) {
        super("contactsync", "contactsync-runs");
        this.store = store;
        this.failedRuns = failedRuns;
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
        RunWindow window;
        try {
            window = new RunWindow(store.runs().recent(failedRuns + 1));
        } catch (StoreException e) {
            builder.unknown().message("the run history cannot be read: " + e.getMessage());
            return;
        }
        builder.detail("latest.statuses", window.statuses().toString());
        if (window.latestAllFailed(failedRuns)) {
            builder.down().message("the last " + failedRuns + " runs all FAILED");
        } else {
            builder.up();
        }
    }
}
