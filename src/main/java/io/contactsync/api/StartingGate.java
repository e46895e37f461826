package io.contactsync.api;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * First handler of the server port while the sync starts: until every route is up, a request is answered 503
 * with a JSON reason and {@code Retry-After}, not the router's HTML 404 for a path whose route is not there yet.
 */
public final class StartingGate implements Handler<RoutingContext> {

    static final int RETRY_AFTER_SECONDS = 5;

    private volatile boolean open;

    /** Every route has started: requests go on to them from now on. */
    public void open() {
        open = true;
    }

    @Override
    public void handle(RoutingContext request) {
        if (open) {
            request.next();
            return;
        }
        request.response().setStatusCode(503).putHeader("Content-Type", "application/json")
                .putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .end(new JsonObject().put("error", "contact-sync is starting; try again in a few seconds").encode());
    }
}
