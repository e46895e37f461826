package io.contactsync.api;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;

/**
 * Refuses a call to the admin API or the Hawtio console before its body is read: without the admin token (401), a
 * form or multipart body (415: they take JSON; a large form otherwise fails inside the form parser, which logs a
 * stack trace per request) or a declared body over {@link #MAX_BODY_BYTES} (413). A refusal is not logged, so that
 * nobody can flood the log from outside.
 */
public final class AdminRequestGuard implements Handler<RoutingContext> {

    /** Far above any admin API or Jolokia request. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private final AdminAccess access;

    public AdminRequestGuard(AdminAccess access) {
        this.access = access;
    }

    /** The paths the guard covers: the admin API and the console with its Jolokia. */
    public static boolean covers(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.equals("/hawtio")
                || path.startsWith(HawtioConsole.PREFIX));
    }

    @Override
    public void handle(RoutingContext request) {
        if (!covers(request.normalizedPath())) {
            request.next();
            return;
        }
        try {
            access.checkBrowser(request.request().getHeader(HttpHeaders.AUTHORIZATION));
            checkBody(request.request().getHeader(HttpHeaders.CONTENT_TYPE),
                    request.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        } catch (ApiError refused) {
            refuse(request, refused);
            return;
        }
        request.next();
    }

    /** Answers {@code {"error": ...}} with the refusal's status (a 401 asks for a login) and closes the connection. */
    static void refuse(RoutingContext request, ApiError refused) {
        request.response().setStatusCode(refused.getStatus()).putHeader("Content-Type", "application/json");
        if (refused.getStatus() == 401) {
            request.response().putHeader("WWW-Authenticate", AdminAccess.BASIC_CHALLENGE);
        }
        request.response().putHeader("Connection", "close")
                .end(new JsonObject().put("error", refused.getMessage()).encode());
    }

    static void checkBody(String contentType, String contentLength) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            throw new ApiError(415, "the admin API takes JSON bodies, not " + type.split(";", 2)[0]);
        }
        long length;
        try {
            length = contentLength == null ? 0 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(400, "Content-Length is not a number");
        }
        if (length > MAX_BODY_BYTES) {
            throw new ApiError(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
    }
}
