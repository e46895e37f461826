package io.contactsync.sandbox.salesforce;

import java.time.Instant;

/** An issued access token: who it belongs to, through which connected app, and until when it is valid. */
record SalesforceSession(String accessToken, DemoUser user, String clientId, Instant issuedAt, Instant expiresAt) {

    /** The key the per-minute rate limit counts under: one bucket per app and user. */
    String rateLimitKey() {
        return clientId + "/" + user.userId();
    }
}
