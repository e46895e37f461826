package io.contactsync.sandbox.salesforce;

import io.contactsync.sandbox.ErrorResponder;
import io.vertx.ext.web.RoutingContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes injected faults and limits the way Salesforce answers: OAuth endpoints with
 * {@code {"error","error_description"}}, the REST API with {@code [{"message","errorCode","fields"}]} and the
 * Sforce-Limit-Info header. A fault without a code gets the code Salesforce uses for that status.
 */
final class SalesforceErrorResponder implements ErrorResponder {

    private final DailyApiUsage usage;

    SalesforceErrorResponder(DailyApiUsage usage) {
        this.usage = usage;
    }

    @Override
    public void respond(RoutingContext ctx, int status, String code, String message, Integer retryAfterSeconds) {
        if (retryAfterSeconds != null) {
            ctx.response().putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        if (ctx.request().path().startsWith("/services/oauth2/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", code != null ? code : status == 400 ? "invalid_grant" : "server_error");
            body.put("error_description", message != null ? message : "injected fault (status " + status + ")");
            SalesforceJson.respond(ctx, status, body);
            return;
        }
        ctx.response().putHeader("Sforce-Limit-Info", usage.header());
        SalesforceJson.errors(ctx, status, List.of(EmulatedSalesforceError.of(code != null ? code : defaultCode(status),
                message != null ? message : defaultMessage(status))));
    }

    static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "INVALID_SESSION_ID";
            case 403, 429 -> "REQUEST_LIMIT_EXCEEDED";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "CONFLICT";
            case 412 -> "PRECONDITION_FAILED";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 503 -> "SERVER_UNAVAILABLE";
            default -> status >= 500 ? "UNKNOWN_EXCEPTION" : "BAD_REQUEST";
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "Session expired or invalid";
            case 403 -> "TotalRequests Limit exceeded.";
            case 429 -> "Too many requests: the sandbox's per-minute request limit was exceeded";
            case 404 -> "The requested resource does not exist";
            case 503 -> "Server is unavailable, please retry later";
            default -> status >= 500
                    ? "An unexpected error occurred. Please include this ErrorId if you contact support: sandbox-fault"
                    : "injected fault (status " + status + ")";
        };
    }
}
