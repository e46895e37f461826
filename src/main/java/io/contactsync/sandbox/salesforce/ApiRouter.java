package io.contactsync.sandbox.salesforce;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Registers the REST API routes behind the {@link ApiGate}. Handlers run on a worker thread (queries over a
 * large org must not block the event loop) and may throw {@link ApiException} to answer with an error.
 */
final class ApiRouter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);

    private final Router router;
    private final ApiGate gate;

    ApiRouter(Router router, ApiGate gate) {
        this.router = router;
        this.gate = gate;
    }

    /** An authenticated API route; its path names the request-stats key ({@code :version} -> {@code {version}}). */
    void handle(HttpMethod method, String path, Handler<RoutingContext> handler) {
        router.route(method, path).handler(gate).blockingHandler(guarded(handler), false);
    }

    /** A route without authentication (OAuth, the version list). */
    void open(HttpMethod method, String path, Handler<RoutingContext> handler) {
        router.route(method, path).handler(guarded(handler));
    }

    static Handler<RoutingContext> guarded(Handler<RoutingContext> handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ApiException e) {
                SalesforceJson.errors(ctx, e.status(), e.errors());
            } catch (RuntimeException e) {
                LOG.error("Salesforce emulator failed on {} {}", ctx.request().method(), ctx.request().uri(), e);
                SalesforceJson.errors(ctx, 500, List.of(EmulatedSalesforceError.of("UNKNOWN_EXCEPTION",
                        "An unexpected error occurred in the sandbox: " + e)));
            }
        };
    }
}
