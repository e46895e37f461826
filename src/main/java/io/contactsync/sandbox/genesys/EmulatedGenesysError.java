package io.contactsync.sandbox.genesys;

import java.util.List;

/** A request the emulated API refuses; rendered as an ErrorBody (or as one failed item of a bulk call). */
final class EmulatedGenesysError extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;

    EmulatedGenesysError(int status, String code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    EmulatedGenesysError(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    static EmulatedGenesysError badRequest(String message) {
        return new EmulatedGenesysError(400, "bad.request", message);
    }

    /** A 400 whose message is the summary followed by every field error. */
    static EmulatedGenesysError invalidFields(String summary, List<FieldError> errors) {
        return new EmulatedGenesysError(400, "invalid.property",
                summary + ": " + String.join("; ", errors.stream().map(FieldError::toString).toList()), errors);
    }

    static EmulatedGenesysError notFound(String id) {
        return notFound("contact", id);
    }

    /** 404 for an unknown id of a record of the given kind ({@code contact}, {@code organization}). */
    static EmulatedGenesysError notFound(String noun, String id) {
        return new EmulatedGenesysError(404, "not.found", "The requested " + noun + " " + id + " was not found.");
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
