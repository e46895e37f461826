package io.contactsync.cycle;

import io.contactsync.genesys.GenesysApiException;
import io.contactsync.mapping.RecordRejectedException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.salesforce.api.SalesforceException;

/**
 * Tells the error handler which failures are worth retrying: throttling (429), server errors (5xx) and
 * failures without an answer are transient; any other refusal (a 4xx for a bad record) is permanent.
 * As the retry listener it also makes the next attempt wait at least a 429's {@code Retry-After}.
 */
public final class ErrorClassifier implements Processor {

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

    /** Before a retry: wait what a 429 asked for, when that is longer than the back-off. */
    @Override
    public void process(Exchange exchange) {
        Exception exception = exchange.getException();
        if (exception instanceof GenesysApiException genesys && genesys.retryAfterSeconds() != null) {
            exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, genesys.retryAfterSeconds() * 1000L);
        }
    }
}
