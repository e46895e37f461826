package io.contactsync.genesys;

/**
 * A Genesys Cloud call that failed: the HTTP status (0 when no answer came), the body, and the
 * {@code Retry-After} seconds of a 429, so that the error handler can decide whether and when to retry.
 */
public class GenesysApiException extends RuntimeException {

    private final int status;
    private final String body;
    private final Integer retryAfterSeconds;

    public GenesysApiException(int status, String body, String message, Integer retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.body = body;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** 429, 5xx and no answer at all are worth retrying; other 4xx are not (the request itself is wrong). */
    public boolean retryable() {
        return status == 0 || status == 429 || status >= 500;
    }

    static Integer retryAfterSeconds(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
