package io.contactsync.sandbox.genesys;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The access tokens issued by {@code /oauth/token}, each for one OAuth client until it expires. */
final class GenesysTokenStore {

    private record Grant(String clientId, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Clock clock;

    GenesysTokenStore(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, Duration lifetime) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(clientId, clock.instant().plus(lifetime)));
        return token;
    }

    /** The client the token was issued to, or empty if the token is unknown or expired. */
    Optional<String> clientOf(String token) {
        Grant grant = grants.get(token);
        if (grant == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            grants.remove(token, grant);
            return Optional.empty();
        }
        return Optional.of(grant.clientId());
    }

    void expireAll() {
        grants.clear();
    }
}
