package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.api.DashboardFiles;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The admin API contract (briefs: issue5-api.md) as canned answers, beside the real dashboard files, so that
 * the page's side of the contract is tested in a browser on its own: the requests it sends, how it shows the
 * answers and the errors, the Bearer token.
 */
final class AdminApiStub implements AutoCloseable {

    record Call(String method, String path, String authorization, JsonNode body) {
    }

    private record Answer(int status, String body) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final DashboardFiles files = new DashboardFiles();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private volatile String requiredToken;

    AdminApiStub() {
        Router router = Router.router(vertx);
        router.get("/").handler(context -> file(context, "index.html"));
        router.get("/dashboard/:file").handler(context -> file(context, context.pathParam("file")));
        router.route("/api/*").handler(BodyHandler.create()).handler(this::api);
        try {
            server = vertx.createHttpServer().requestHandler(router).listen(0)
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the stub did not start", e);
        }
    }

    String url() {
        return "http://localhost:" + server.actualPort();
    }

    /** From now on, {@code METHOD path} (no query) answers this status and body (serialised as JSON). */
    AdminApiStub answer(String method, String path, int status, Object body) {
        try {
            answers.put(method + " " + path, new Answer(status, SandboxApis.JSON.writeValueAsString(body)));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    /** Every call without {@code Authorization: Bearer token} answers 401, as outside the sandbox. */
    AdminApiStub requireToken(String token) {
        requiredToken = token;
        return this;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private void api(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        String body = context.body().asString();
        try {
            calls.add(new Call(context.request().method().name(), context.request().path(), authorization,
                    body == null || body.isBlank() ? null : SandboxApis.JSON.readTree(body)));
        } catch (Exception e) {
            reply(context, new Answer(400, "{\"error\":\"malformed JSON\"}"));
            return;
        }
        if (requiredToken != null && !("Bearer " + requiredToken).equals(authorization)) {
            reply(context, new Answer(401, "{\"error\":\"a valid admin token is needed\"}"));
            return;
        }
        String key = context.request().method().name() + " " + context.request().path();
        reply(context, answers.getOrDefault(key, new Answer(404, "{\"error\":\"no stub answer for " + key + "\"}")));
    }

    private static void reply(RoutingContext context, Answer answer) {
        context.response().setStatusCode(answer.status()).putHeader("Content-Type", "application/json")
                .end(answer.body());
    }

    private void file(RoutingContext context, String name) {
        files.find(name).ifPresentOrElse(
                file -> context.response().putHeader("Content-Type", file.contentType()).end(Buffer.buffer(file.content())),
                () -> context.response().setStatusCode(404).end());
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
