package io.contactsync.api;

/** A refused admin API call: the HTTP status and a message for the caller; nothing was changed. */
public class ApiError extends RuntimeException {

    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A refusal caused by another failure, kept for the log. */
    public ApiError(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
