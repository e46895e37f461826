package io.contactsync.sandbox;

import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds the faults queued through {@code POST /__sandbox/faults} and applies the first matching one to
 * each API request, in the order they were queued.
 */
public final class FaultInjector {

    private final List<Fault> pending = new ArrayList<>();

    public synchronized void add(Fault fault) {
        if (fault.remaining() > 0) {
            pending.add(fault);
        }
    }

    public synchronized void clear() {
        pending.clear();
    }

    public synchronized List<Fault> pending() {
        return List.copyOf(pending);
    }

    /** Takes one use of the first fault matching the request, if any. */
    public synchronized Optional<Fault.Action> take(String method, String path) {
        for (int i = 0; i < pending.size(); i++) {
            Fault fault = pending.get(i);
            if (fault.matches(method, path)) {
                Fault rest = fault.consumeOne();
                if (rest.remaining() > 0) {
                    pending.set(i, rest);
                } else {
                    pending.remove(i);
                }
                return Optional.of(fault.action());
            }
        }
        return Optional.empty();
    }

    /**
     * A Vert.x handler to put in front of the API routes: applies a matching fault, or passes the request on.
     */
    public void handle(RoutingContext ctx, ErrorResponder errors) {
        Optional<Fault.Action> action = take(ctx.request().method().name(), ctx.request().path());
        if (action.isEmpty()) {
            ctx.next();
            return;
        }
        Fault.Action a = action.get();
        if (a instanceof Fault.Status s) {
            errors.respond(ctx, s.status(), s.code(), s.message(), s.retryAfterSeconds());
        } else if (a instanceof Fault.Latency l) {
            // paused, so that a request body arriving during the delay still reaches the body handler
            ctx.request().pause();
            ctx.vertx().setTimer(Math.max(1, l.millis()), id -> {
                ctx.next();
                ctx.request().resume();
            });
        } else if (a instanceof Fault.LostAnswer) {
            // the channel itself, closed before the answer is queued: a connection close would flush the answer first
            ctx.addHeadersEndHandler(ignored -> ((ConnectionBase) ctx.request().connection()).channel().close());
            ctx.next();
        } else {
            ctx.request().connection().close();
        }
    }
}
