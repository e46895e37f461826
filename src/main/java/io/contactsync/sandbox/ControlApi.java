package io.contactsync.sandbox;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code /__sandbox} control API every emulator serves: reset, seed, faults, stats, limits, behaviour and
 * custom fields.
 * Errors here are plain {@code {"error": "..."}} objects: this API is ours, not the emulated service's.
 */
final class ControlApi {

    static final String PREFIX = "/__sandbox";

    private final Emulator emulator;
    private final EmulatorContext context;

    ControlApi(Emulator emulator, EmulatorContext context) {
        this.emulator = emulator;
        this.context = context;
    }

    void mount(Router router) {
        router.route(PREFIX + "/*").handler(RequestBodies.upTo(1_000_000));
        router.post(PREFIX + "/reset").handler(ctx -> {
            emulator.reset();
            context.faults().clear();
            context.rateLimiter().setRequestsPerMinute(0);
            context.stats().reset();
            ok(ctx, new JsonObject().put("reset", true));
        });
        router.post(PREFIX + "/seed").blockingHandler(ctx -> guarded(ctx, body -> {
            SeedRequest request = new SeedRequest(body.getInteger("count", 100), body.getLong("seed", 42L),
                    body.getDouble("sharedShare", 0.5), body.getDouble("differingShare", 0.1),
                    body.getBoolean("append", false));
            long started = System.nanoTime();
            int total = emulator.seed(request);
            ok(ctx, new JsonObject().put("created", request.count()).put("total", total)
                    .put("millis", (System.nanoTime() - started) / 1_000_000));
        }), false);
        router.post(PREFIX + "/seed/organizations").blockingHandler(ctx -> guarded(ctx, body -> ok(ctx,
                emulator.seedOrganizations(new OrganizationSeedRequest(body.getInteger("count", 10),
                        body.getInteger("contactsEach", 3), body.getLong("seed", 42L),
                        body.getDouble("sharedShare", 0.5), body.getBoolean("append", false))))), false);
        router.post(PREFIX + "/faults").handler(ctx -> guarded(ctx, body -> {
            List<Fault> added = new ArrayList<>();
            if (body.getBoolean("expireTokens", false)) {
                emulator.expireAllTokens();
            }
            JsonArray faults = body.getJsonArray("faults", new JsonArray());
            if (body.containsKey("kind")) {
                faults.add(body);
            }
            for (int i = 0; i < faults.size(); i++) {
                added.add(parseFault(faults.getJsonObject(i)));
            }
            added.forEach(context.faults()::add);
            ok(ctx, new JsonObject().put("queued", context.faults().pending().size())
                    .put("tokensExpired", body.getBoolean("expireTokens", false)));
        }));
        router.delete(PREFIX + "/faults").handler(ctx -> {
            context.faults().clear();
            ok(ctx, new JsonObject().put("queued", 0));
        });
        router.get(PREFIX + "/faults").handler(ctx -> ok(ctx,
                new JsonObject().put("queued", context.faults().pending().size())));
        router.get(PREFIX + "/stats").handler(ctx -> ok(ctx, statsJson()));
        router.delete(PREFIX + "/stats").handler(ctx -> {
            context.stats().reset();
            ok(ctx, statsJson());
        });
        router.post(PREFIX + "/limits").handler(ctx -> guarded(ctx, body -> {
            context.rateLimiter().setRequestsPerMinute(body.getInteger("requestsPerMinute", 0));
            ok(ctx, new JsonObject().put("requestsPerMinute", context.rateLimiter().requestsPerMinute()));
        }));
        router.get(PREFIX + "/limits").handler(ctx -> ok(ctx,
                new JsonObject().put("requestsPerMinute", context.rateLimiter().requestsPerMinute())));
        router.post(PREFIX + "/fields").handler(ctx -> guarded(ctx, body -> ok(ctx, emulator.declareFields(body))));
        router.get(PREFIX + "/behaviour").handler(ctx -> ok(ctx, emulator.behaviour()));
        router.post(PREFIX + "/behaviour").handler(ctx -> guarded(ctx,
                body -> ok(ctx, emulator.changeBehaviour(body))));
    }

    private JsonObject statsJson() {
        JsonObject requests = new JsonObject();
        context.stats().snapshot().forEach(requests::put);
        return new JsonObject().put("total", context.stats().total()).put("requests", requests);
    }

    /**
     * A fault: {@code {"kind":"status","status":429,"retryAfter":2,"code":"...","message":"...",
     * "method":"GET","path":"/api/v2/.*","count":1}}, kinds {@code status}, {@code drop}, {@code latency}
     * (with {@code millis}), {@code lost-answer} (applied, then the connection closed without an answer).
     */
    static Fault parseFault(JsonObject json) {
        int count = json.getInteger("count", 1);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        Pattern path;
        try {
            path = json.getString("path") == null ? null : Pattern.compile(json.getString("path"));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("path is not a valid regular expression: " + e.getDescription());
        }
        String kind = json.getString("kind", "status");
        Fault.Action action = switch (kind) {
            case "status" -> {
                int status = json.getInteger("status", 500);
                if (status < 400 || status > 599) {
                    throw new IllegalArgumentException("status must be a 4xx or 5xx code");
                }
                yield new Fault.Status(status, json.getString("code"), json.getString("message"),
                        json.getInteger("retryAfter"));
            }
            case "drop" -> new Fault.DropConnection();
            case "latency" -> new Fault.Latency(json.getLong("millis", 1000L));
            case "lost-answer" -> new Fault.LostAnswer();
            default -> throw new IllegalArgumentException("kind must be status, drop, latency or lost-answer, not "
                    + kind);
        };
        return new Fault(json.getString("method"), path, count, action);
    }

    private static void guarded(RoutingContext ctx, Consumer<JsonObject> action) {
        JsonObject body;
        try {
            String text = ctx.body().asString();
            body = text == null || text.isBlank() ? new JsonObject() : new JsonObject(text);
        } catch (DecodeException e) {
            error(ctx, "body is not a JSON object: " + e.getMessage());
            return;
        }
        try {
            action.accept(body);
        } catch (IllegalArgumentException | ClassCastException e) {
            error(ctx, e.getMessage());
        }
    }

    private static void ok(RoutingContext ctx, JsonObject body) {
        ctx.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    private static void error(RoutingContext ctx, String message) {
        ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", message).encode());
    }
}
