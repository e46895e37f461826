package io.contactsync.sandbox.genesys;

import java.util.List;

/** A request the emulated API refuses; rendered as an ErrorBody (or as one failed item of a bulk call). */
final class GenesysApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;

    GenesysApiException(int status, String code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    GenesysApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    static GenesysApiException badRequest(String message) {
        return new GenesysApiException(400, "bad.request", message);
    }

    static GenesysApiException invalidFields(List<FieldError> errors) {
        return new GenesysApiException(400, "invalid.property",
                "The contact is invalid: " + String.join("; ", errors.stream().map(FieldError::toString).toList()),
                errors);
    }

    static GenesysApiException notFound(String id) {
        return new GenesysApiException(404, "not.found", "The requested contact " + id + " was not found.");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
