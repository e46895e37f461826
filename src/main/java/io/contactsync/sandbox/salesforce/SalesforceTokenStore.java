package io.contactsync.sandbox.salesforce;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access and refresh tokens. Access tokens expire after the configured lifetime, or all at once on
 * {@link #expireAll()}; refresh tokens stay valid until revoked or reset, as in Salesforce.
 */
final class SalesforceTokenStore {

    private final Clock clock;
    private final Duration lifetime;
    private final String orgId;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SalesforceSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, DemoUser> refreshTokens = new ConcurrentHashMap<>();

    SalesforceTokenStore(Clock clock, Duration lifetime, String orgId) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.orgId = orgId;
    }

    SalesforceSession issue(DemoUser user, String clientId) {
        Instant now = clock.instant();
        String token = orgId.substring(0, 15) + "!" + randomText(72);
        SalesforceSession session = new SalesforceSession(token, user, clientId, now, now.plus(lifetime));
        sessions.put(token, session);
        return session;
    }

    String issueRefreshToken(DemoUser user) {
        String token = "5Aep" + randomText(80);
        refreshTokens.put(token, user);
        return token;
    }

    Optional<DemoUser> refreshTokenUser(String refreshToken) {
        return Optional.ofNullable(refreshTokens.get(refreshToken));
    }

    /** The first of the presented tokens that is a live session: clients may send stale and fresh ones. */
    Optional<SalesforceSession> validSession(List<String> tokens) {
        Instant now = clock.instant();
        for (String token : tokens) {
            SalesforceSession session = sessions.get(token);
            if (session != null && now.isBefore(session.expiresAt())) {
                return Optional.of(session);
            }
        }
        return Optional.empty();
    }

    void revoke(String token) {
        sessions.remove(token);
        refreshTokens.remove(token);
    }

    void expireAll() {
        sessions.clear();
    }

    void clear() {
        sessions.clear();
        refreshTokens.clear();
    }

    private String randomText(int bytes) {
        byte[] buffer = new byte[bytes * 3 / 4];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer).replace('-', '.').replace('_', '.');
    }
}
