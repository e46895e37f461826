package io.contactsync.cycle;

import io.contactsync.genesys.GenesysApiException;
import io.contactsync.mapping.RecordRejectedException;
import io.contactsync.salesforce.SalesforceRetryAfter;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.util.ObjectHelper;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells the error handler which failures are worth retrying: throttling (429), server errors (5xx) and
 * failures without an answer are transient; any other refusal (a 4xx for a bad record) is permanent.
 * As the retry listener it also makes the next attempt wait what the system asked for with {@code Retry-After}:
 * a Genesys Cloud answer's own, or what is left of Salesforce's latest ({@link SalesforceRetryAfter}).
 */
public final class ErrorClassifier implements Processor {

    private static final String ALLOWANCE_USED_UP = "REQUEST_LIMIT_EXCEEDED";

    private final SalesforceRetryAfter salesforceRetryAfter;

    public ErrorClassifier(SalesforceRetryAfter salesforceRetryAfter) {
        this.salesforceRetryAfter = salesforceRetryAfter;
    }

    public boolean isPermanent(Exception exception) {
        Throwable cause = exception;
        while (cause != null) {
            if (isPermanentItself(cause)) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    /**
     * Whether a later cycle may get past the failure of a record's write: a transient failure, or Salesforce's API
     * allowance used up (403 {@code REQUEST_LIMIT_EXCEEDED}), which is not retried within the cycle but passes once
     * the allowance frees up. Any other refusal waits for the record to change.
     */
    public boolean mayPassLater(Exception exception) {
        if (!isPermanent(exception)) {
            return true;
        }
        SalesforceException salesforce = ObjectHelper.getException(SalesforceException.class, exception);
        return salesforce != null && salesforce.getErrors() != null && salesforce.getErrors().stream()
                .anyMatch(error -> ALLOWANCE_USED_UP.equals(error.getErrorCode()));
    }

    private static boolean isPermanentItself(Throwable exception) {
        if (exception instanceof RecordRejectedException || exception instanceof IllegalArgumentException
                || exception instanceof CycleAlreadyRunningException) {
            return true;
        }
        if (exception instanceof GenesysApiException genesys) {
            return !genesys.retryable();
        }
        if (exception instanceof SalesforceException salesforce) {
            int status = salesforce.getStatusCode();
            return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
        }
        return false;
    }

    /**
     * Before a retry: wait what the system asked for instead of the back-off; without such a wait the back-off
     * applies again (an earlier attempt's wait is not carried over).
     */
    @Override
    public void process(Exchange exchange) {
        Optional<Duration> asked = askedWait(exchange.getException());
        if (asked.isPresent()) {
            exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, asked.get().toMillis());
        } else {
            exchange.getMessage().removeHeader(Exchange.REDELIVERY_DELAY);
        }
    }

    /** How long the system asked to wait with {@code Retry-After} before the failed call is tried again, if it did. */
    public Optional<Duration> askedWait(Throwable exception) {
        GenesysApiException genesys = ObjectHelper.getException(GenesysApiException.class, exception);
        if (genesys != null) {
            return Optional.ofNullable(genesys.retryAfterSeconds()).map(Duration::ofSeconds);
        }
        if (ObjectHelper.getException(SalesforceException.class, exception) != null) {
            return salesforceRetryAfter.remaining();
        }
        return Optional.empty();
    }
}
