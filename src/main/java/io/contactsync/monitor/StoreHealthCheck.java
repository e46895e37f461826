package io.contactsync.monitor;

import io.contactsync.store.SyncStore;
import org.apache.camel.health.HealthCheckResultBuilder;

import java.util.Map;

/** Readiness check {@code contactsync-store}: the state store answers. Without it no cycle can run. */
public final class StoreHealthCheck extends ReadinessCheck {

    private final SyncStore store;

    public StoreHealthCheck(SyncStore store) {
        super("contactsync-store");
        this.store = store;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (store.isReachable()) {
            builder.up();
        } else {
            builder.down().message("the state store is unreachable");
        }
    }
}
