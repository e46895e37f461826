package io.contactsync.monitor;

import io.contactsync.model.Side;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.util.ObjectHelper;

import java.time.Clock;
import java.util.Optional;

/**
 * Counts every call the routes send to Salesforce (the {@code salesforce:} endpoints) and Genesys Cloud (the HTTP
 * endpoint at its API URL), by endpoint ({@link ApiEndpoints}) and with the answer's status, and keeps the latest
 * outcome per system. The HTTP client repeats nothing by itself ({@code automaticRetriesDisabled}): each attempt
 * is a call the routes send, so each 429, 5xx and dropped connection is counted here. Watches the sent
 * exchanges, so the routes need no step of their own.
 */
public final class ApiCallNotifier extends EventNotifierSupport {

    private final String genesysApiUrl;
    private final SyncMetrics metrics;
    private final LastCalls lastCalls;
    private final Clock clock;

    public ApiCallNotifier(String genesysApiUrl, SyncMetrics metrics, LastCalls lastCalls, Clock clock) {
        this.genesysApiUrl = genesysApiUrl;
        this.metrics = metrics;
        this.lastCalls = lastCalls;
        this.clock = clock;
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSentEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        CamelEvent.ExchangeSentEvent sent = (CamelEvent.ExchangeSentEvent) event;
        system(sent.getEndpoint()).ifPresent(system -> {
            CallOutcome outcome = outcome(sent.getExchange());
            metrics.apiCall(system, endpoint(system, sent), outcome);
            lastCalls.record(system, outcome);
        });
    }

    private static String endpoint(Side system, CamelEvent.ExchangeSentEvent sent) {
        Exchange exchange = sent.getExchange();
        return system == Side.SALESFORCE
                ? ApiEndpoints.salesforce(sent.getEndpoint().getEndpointUri(),
                        exchange.getMessage().getHeader("rawPath", String.class))
                : ApiEndpoints.genesys(exchange.getProperty("genesysMethod", String.class),
                        exchange.getProperty("genesysPath", String.class));
    }

    private Optional<Side> system(Endpoint endpoint) {
        String uri = endpoint.getEndpointUri();
        if (uri.startsWith("salesforce:")) {
            return Optional.of(Side.SALESFORCE);
        }
        if (!genesysApiUrl.isEmpty() && endpoint.getEndpointBaseUri().startsWith(genesysApiUrl)) {
            return Optional.of(Side.GENESYS);
        }
        return Optional.empty();
    }

    private CallOutcome outcome(Exchange exchange) {
        Exception failure = exchange.getException();
        if (failure == null) {
            Integer code = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
            String status = code == null ? CallOutcome.OK : String.valueOf(code);
            return new CallOutcome(clock.instant(), status, code != null && code >= 400 ? "HTTP " + code : null);
        }
        SalesforceException salesforce = ObjectHelper.getException(SalesforceException.class, failure);
        HttpOperationFailedException http = ObjectHelper.getException(HttpOperationFailedException.class, failure);
        String status = salesforce != null && salesforce.getStatusCode() > 0 ? String.valueOf(salesforce.getStatusCode())
                : http != null ? String.valueOf(http.getStatusCode()) : CallOutcome.NO_ANSWER;
        return new CallOutcome(clock.instant(), status, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
