package io.contactsync.sandbox.salesforce;

import java.util.List;

/** A request the emulator refuses: the HTTP status and the Salesforce errors to answer with. */
final class ApiException extends RuntimeException {

    private final int status;
    private final transient List<EmulatedSalesforceError> errors;

    ApiException(int status, List<EmulatedSalesforceError> errors) {
        super(errors.isEmpty() ? "status " + status : errors.get(0).errorCode() + ": " + errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    ApiException(int status, String errorCode, String message, String... fields) {
        this(status, List.of(EmulatedSalesforceError.of(errorCode, message, fields)));
    }

    static ApiException malformedQuery(String message) {
        return new ApiException(400, "MALFORMED_QUERY", message);
    }

    static ApiException invalidField(String message, String... fields) {
        return new ApiException(400, "INVALID_FIELD", message, fields);
    }

    static ApiException notFound() {
        return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
    }

    int status() {
        return status;
    }

    List<EmulatedSalesforceError> errors() {
        return errors;
    }

    String errorCode() {
        return errors.get(0).errorCode();
    }
}
