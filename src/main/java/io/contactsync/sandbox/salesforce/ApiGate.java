package io.contactsync.sandbox.salesforce;

import io.contactsync.sandbox.RateLimiter;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Stands in front of every {@code /services/data/vXX.X/...} route: checks the API version and the session
 * token, applies the sandbox's per-minute rate limit (429 + Retry-After) and the org's daily allowance
 * (403 REQUEST_LIMIT_EXCEEDED), and sets Sforce-Limit-Info on the response.
 */
final class ApiGate implements Handler<RoutingContext> {

    private static final String SESSION = "salesforce.session";

    private final SalesforceTokenStore tokens;
    private final DailyApiUsage usage;
    private final RateLimiter rateLimiter;

    ApiGate(SalesforceTokenStore tokens, DailyApiUsage usage, RateLimiter rateLimiter) {
        this.tokens = tokens;
        this.usage = usage;
        this.rateLimiter = rateLimiter;
    }

    static SalesforceSession session(RoutingContext ctx) {
        return ctx.get(SESSION);
    }

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().putHeader("Sforce-Limit-Info", usage.header());
        if (ApiVersions.parse(ctx.pathParam("version")).isEmpty()) {
            SalesforceJson.errors(ctx, 404, ApiException.notFound().errors());
            return;
        }
        Optional<SalesforceSession> session = tokens.validSession(presentedTokens(ctx));
        if (session.isEmpty()) {
            ctx.response().putHeader("WWW-Authenticate", "Token");
            SalesforceJson.errors(ctx, 401, List.of(EmulatedSalesforceError.of("INVALID_SESSION_ID", "Session expired or invalid")));
            return;
        }
        OptionalLong retryAfter = rateLimiter.admit(session.get().rateLimitKey());
        if (retryAfter.isPresent()) {
            ctx.response().putHeader("Retry-After", String.valueOf(retryAfter.getAsLong()));
            SalesforceJson.errors(ctx, 429, List.of(EmulatedSalesforceError.of("REQUEST_LIMIT_EXCEEDED",
                    "Too many requests: the sandbox allows " + rateLimiter.requestsPerMinute()
                            + " requests per minute per user and connected app")));
            return;
        }
        if (!usage.tryUse()) {
            SalesforceJson.errors(ctx, 403, List.of(EmulatedSalesforceError.of("REQUEST_LIMIT_EXCEEDED",
                    "TotalRequests Limit exceeded.")));
            return;
        }
        ctx.response().putHeader("Sforce-Limit-Info", usage.header());
        ctx.put(SESSION, session.get());
        ctx.next();
    }

    /**
     * Every token the request carries, last header first: camel-salesforce 4.18 re-sends a request after
     * re-login with both the stale and the fresh Authorization header.
     */
    private static List<String> presentedTokens(RoutingContext ctx) {
        List<String> found = new ArrayList<>();
        List<String> headers = new ArrayList<>(ctx.request().headers().getAll("Authorization"));
        headers.addAll(ctx.request().headers().getAll("X-SFDC-Session"));
        for (String header : headers) {
            for (String part : header.split(",")) {
                String value = part.trim();
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.startsWith("bearer ") || lower.startsWith("oauth ")) {
                    value = value.substring(value.indexOf(' ') + 1).trim();
                }
                if (!value.isEmpty()) {
                    found.add(0, value);
                }
            }
        }
        return found;
    }
}
