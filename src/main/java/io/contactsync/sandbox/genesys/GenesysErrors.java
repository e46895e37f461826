package io.contactsync.sandbox.genesys;

import io.contactsync.sandbox.ErrorResponder;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * Writes errors as Genesys Cloud does: an ErrorBody, and on 429 a {@code Retry-After} header in whole seconds
 * (1 when a fault names none, since the real service always sends one with
 * {@code too.many.requests.retry.after}).
 */
final class GenesysErrors implements ErrorResponder {

    @Override
    public void respond(RoutingContext ctx, int status, String code, String message, Integer retryAfterSeconds) {
        Integer retryAfter = retryAfterSeconds == null && status == 429 ? Integer.valueOf(1) : retryAfterSeconds;
        if (retryAfter != null) {
            ctx.response().putHeader("Retry-After", String.valueOf(retryAfter));
        }
        String text = message;
        if (text == null && status == 429) {
            text = "Rate limit exceeded the maximum. Retry the request in [" + retryAfter + "] seconds";
        }
        GenesysJson.send(ctx, status, ErrorBody.of(status, code, text, List.of()));
    }

    void respond(RoutingContext ctx, EmulatedGenesysError e) {
        GenesysJson.send(ctx, e.status(), ErrorBody.of(e.status(), e.code(), e.getMessage(), e.fieldErrors()));
    }

    void tooManyRequests(RoutingContext ctx, long retryAfterSeconds) {
        respond(ctx, 429, ErrorBody.TOO_MANY_REQUESTS, null, Math.toIntExact(retryAfterSeconds));
    }
}
