package io.contactsync.sandbox.genesys;

import io.contactsync.sandbox.RateLimiter;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * In front of every {@code /api/v2} route: a valid, unexpired Bearer token (else 401 {@code bad.credentials}),
 * then the rate limit of the token's OAuth client (else 429 with {@code Retry-After}).
 */
final class ApiGuard {

    /** The routing-context key under which the guard leaves the calling OAuth client's id. */
    static final String CLIENT_ID = "genesys.clientId";

    private final GenesysTokenStore tokens;
    private final RateLimiter rateLimiter;
    private final GenesysErrors errors;

    ApiGuard(GenesysTokenStore tokens, RateLimiter rateLimiter, GenesysErrors errors) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.errors = errors;
    }

    void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        Optional<String> client = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.clientOf(authorization.substring(7).trim()) : Optional.empty();
        if (client.isEmpty()) {
            errors.respond(ctx, 401, "bad.credentials", "Invalid login credentials.", null);
            return;
        }
        OptionalLong retryAfter = rateLimiter.admit(client.get());
        if (retryAfter.isPresent()) {
            errors.tooManyRequests(ctx, retryAfter.getAsLong());
            return;
        }
        ctx.put(CLIENT_ID, client.get());
        ctx.next();
    }
}
