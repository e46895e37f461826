package io.contactsync.sandbox;

import io.vertx.ext.web.RoutingContext;

/**
 * Writes an error in the shape the emulated service uses (Salesforce: a JSON array of
 * {message, errorCode, fields}; Genesys Cloud: an ErrorBody object), so that injected faults and rate
 * limits look to a client exactly like the real service's.
 */
@FunctionalInterface
public interface ErrorResponder {

    /**
     * @param retryAfterSeconds sent as a {@code Retry-After} header when not null
     */
    void respond(RoutingContext ctx, int status, String code, String message, Integer retryAfterSeconds);
}
