package io.contactsync.genesys;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Turns a Genesys Cloud answer into the body the next step reads, or into a {@link GenesysApiException}
 * that the error handler retries (429 with its Retry-After, 5xx) or dead-letters (other 4xx).
 */
public final class GenesysResponses {

    public String check(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = message.getBody(String.class);
        if (status >= 200 && status < 300) {
            return body;
        }
        throw new GenesysApiException(status, body, "Genesys Cloud answered " + status + " to "
                + exchange.getProperty("genesysMethod") + " " + exchange.getProperty("genesysPath") + ": " + body,
                GenesysApiException.retryAfterSeconds(message.getHeader("Retry-After", String.class)), null);
    }
}
