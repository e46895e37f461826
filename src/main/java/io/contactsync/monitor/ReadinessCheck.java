package io.contactsync.monitor;

import org.apache.camel.impl.health.AbstractHealthCheck;

/** A health check that decides readiness only: a restart (liveness) would not mend what it watches. */
abstract class ReadinessCheck extends AbstractHealthCheck {

    ReadinessCheck(String id) {
        super("contactsync", id);
    }

    @Override
    public boolean isLiveness() {
        return false;
    }
}
