package io.contactsync.sandbox;

import java.util.regex.Pattern;

/**
 * One injected fault: applies to the next {@code remaining} API requests whose method and path match.
 *
 * @param method      HTTP method to match, or null for any
 * @param pathPattern regular expression matched against the whole request path, or null for any
 * @param action      what happens to a matching request
 */
public record Fault(String method, Pattern pathPattern, int remaining, Action action) {

    public sealed interface Action permits Status, DropConnection, Latency, LostAnswer {
    }

    /** Answer with this status in the service's error shape; {@code Retry-After} when given. */
    public record Status(int status, String code, String message, Integer retryAfterSeconds) implements Action {
    }

    /** Close the connection without answering, as a network failure would. */
    public record DropConnection() implements Action {
    }

    /**
     * Handle the request normally, then close the connection instead of answering: the service applied the change
     * but the client never learns it (a network failure after the request reached the server).
     */
    public record LostAnswer() implements Action {
    }

    /** Delay the request, then handle it normally. */
    public record Latency(long millis) implements Action {
    }

    public boolean matches(String requestMethod, String path) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (pathPattern == null || pathPattern.matcher(path).matches());
    }

    public Fault consumeOne() {
        return new Fault(method, pathPattern, remaining - 1, action);
    }
}
