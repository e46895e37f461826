package io.contactsync.sandbox.genesys;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Genesys Cloud's ErrorBody: {@code {"message","code","status","contextId","details":[],"errors":[]}}.
 * The status-dependent default codes are those Genesys is seen to use; only the 429 code is documented.
 */
record ErrorBody(String message, String code, int status, String contextId, List<Detail> details,
                 List<ErrorBody> errors) {

    /** One entry of {@code details}. */
    record Detail(String errorCode, String fieldName) {
    }

    static final String TOO_MANY_REQUESTS = "too.many.requests.retry.after";

    private static final Map<Integer, String> DEFAULT_CODES = Map.of(400, "bad.request", 401, "bad.credentials",
            403, "missing.permissions", 404, "not.found", 409, "conflict", 412, "precondition.failed",
            429, TOO_MANY_REQUESTS, 500, "internal.server.error", 503, "service.unavailable",
            504, "gateway.timeout");

    static ErrorBody of(int status, String code, String message, List<FieldError> fieldErrors) {
        String effectiveCode = code != null ? code : DEFAULT_CODES.getOrDefault(status, "error");
        String effectiveMessage = message != null ? message : defaultMessage(status);
        return new ErrorBody(effectiveMessage, effectiveCode, status, UUID.randomUUID().toString(),
                fieldErrors.stream().map(e -> new Detail("invalid.value", e.fieldName())).toList(), List.of());
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "Invalid login credentials.";
            case 404 -> "The requested resource was not found.";
            default -> "The request could not be completed (HTTP " + status + ").";
        };
    }
}
