package io.contactsync.monitor;

import io.contactsync.store.StoreException;
import io.contactsync.store.SyncStore;
import org.apache.camel.health.HealthCheckResultBuilder;

import java.util.Map;

/** Readiness check {@code contactsync-runs}: DOWN when each of the latest {@code failedRuns} runs FAILED. */
public final class RecentRunsHealthCheck extends ReadinessCheck {

    private final SyncStore store;
    private final int failedRuns;

    public RecentRunsHealthCheck(SyncStore store, int failedRuns) {
        super("contactsync-runs");
        this.store = store;
        this.failedRuns = failedRuns;
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
