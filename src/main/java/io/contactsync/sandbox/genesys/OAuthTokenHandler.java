package io.contactsync.sandbox.genesys;

import io.contactsync.sandbox.RateLimiter;
import io.contactsync.sandbox.SandboxSettings;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * {@code POST /oauth/token}: the client-credentials grant with the client in a Basic header, answering
 * {@code {"access_token","token_type":"bearer","expires_in"}}. Failures use OAuth's
 * {@code {"error","description"}} (plus {@code error_description}); token calls count against the client's
 * rate limit like API calls.
 */
final class OAuthTokenHandler {

    private final SandboxSettings.Genesys settings;
    private final GenesysTokenStore tokens;
    private final RateLimiter rateLimiter;
    private final GenesysErrors errors;
    private final Supplier<GenesysBehaviour> behaviour;

    OAuthTokenHandler(SandboxSettings.Genesys settings, GenesysTokenStore tokens, RateLimiter rateLimiter,
                      GenesysErrors errors, Supplier<GenesysBehaviour> behaviour) {
        this.settings = settings;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.errors = errors;
        this.behaviour = behaviour;
    }

    void handle(RoutingContext ctx) {
        String grantType = ctx.request().getFormAttribute("grant_type");
        if (!"client_credentials".equals(grantType)) {
            oauthError(ctx, 400, "unsupported_grant_type", grantType == null
                    ? "grant_type is required and must be client_credentials"
                    : "grant type '" + grantType + "' is not supported; use client_credentials");
            return;
        }
        String[] client = basicCredentials(ctx.request().getHeader("Authorization"));
        if (client == null || !settings.clientId().equals(client[0]) || !settings.clientSecret().equals(client[1])) {
            oauthError(ctx, behaviour.get().invalidClientStatus(), "invalid_client",
                    client == null ? "client credentials must be sent as HTTP Basic authorization"
                            : "client not found or secret does not match");
            return;
        }
        OptionalLong retryAfter = rateLimiter.admit(client[0]);
        if (retryAfter.isPresent()) {
            errors.tooManyRequests(ctx, retryAfter.getAsLong());
            return;
        }
        long lifetime = settings.tokenLifetime().toSeconds();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issue(client[0], settings.tokenLifetime()));
        body.put("token_type", "bearer");
        body.put("expires_in", lifetime);
        GenesysJson.send(ctx, 200, body);
    }

    /** {clientId, clientSecret} from a Basic header, or null if there is none or it is malformed. */
    static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static void oauthError(RoutingContext ctx, int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("description", description);
        body.put("error_description", description);
        GenesysJson.send(ctx, status, body);
    }
}
