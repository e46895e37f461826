package io.contactsync.sandbox;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Serves one emulator on one port: the {@code /__sandbox} control API, then request counting and fault
 * injection in front of the emulator's own API routes.
 */
public final class EmulatorServer implements AutoCloseable {

    private final Emulator emulator;
    private final EmulatorContext context;
    private final HttpServer server;
    private final String baseUrl;

    private EmulatorServer(Emulator emulator, EmulatorContext context, HttpServer server, String baseUrl) {
        this.emulator = emulator;
        this.context = context;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the emulator on {@code host:port}; port 0 picks a free port.
     */
    public static EmulatorServer start(Vertx vertx, Emulator emulator, EmulatorContext context, String host,
                                       int port) {
        Router router = Router.router(vertx);
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port)
                .setCompressionSupported(true).setDecompressionSupported(true)
                // Salesforce accepts request URIs up to 16 KB (a SOQL query of 200 ids in a GET)
                .setMaxInitialLineLength(16_384));
        try {
            server.requestHandler(router).listen().toCompletionStage().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the " + emulator.name() + " emulator", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not start the " + emulator.name() + " emulator on "
                    + host + ":" + port + ": " + e.getMessage(), e);
        }
        String baseUrl = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + server.actualPort();
        new ControlApi(emulator, context).mount(router);
        router.route().handler(ctx -> countRequest(ctx, context.stats()));
        router.route().handler(ctx -> context.faults().handle(ctx, emulator.errors()));
        emulator.mountApi(router, baseUrl);
        return new EmulatorServer(emulator, context, server, baseUrl);
    }

    private static void countRequest(RoutingContext ctx, RequestStats stats) {
        ctx.addEndHandler(done -> stats.record(ctx.request().method().name(), templateOf(ctx.currentRoute())));
        ctx.next();
    }

    private static String templateOf(Route route) {
        if (route == null) {
            return "(unmatched)";
        }
        if (route.getName() != null && !route.getName().equals(route.getPath())) {
            return route.getName();
        }
        if (route.getPath() == null) {
            return "(unmatched)";
        }
        return route.getPath().replaceAll(":([A-Za-z0-9_]+)", "{$1}");
    }

    public Emulator emulator() {
        return emulator;
    }

    public EmulatorContext context() {
        return context;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing is best effort: the process is usually stopping
        }
    }
}
