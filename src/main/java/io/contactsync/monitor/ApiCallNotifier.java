package io.contactsync.monitor;

import io.contactsync.model.ApiCallListener;
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
 * Counts every call to Salesforce and Genesys Cloud by endpoint ({@link ApiEndpoints}) and with the answer's status,
 * and keeps the latest outcome per system of the calls the routes send. The routes' Genesys Cloud calls are counted
 * from the exchanges sent to its HTTP endpoint: camel-http repeats nothing by itself ({@code automaticRetriesDisabled}),
 * so each attempt is a call the routes send. camel-salesforce logs in and sends requests again on its own, so its
 * HTTP client reports each request it sends ({@link #called}), as does the Genesys Cloud token manager its logins:
 * each 429, 5xx and dropped connection is counted. Watches the sent exchanges, so the routes need no step of their
 * own.
 */
public final class ApiCallNotifier extends EventNotifierSupport implements ApiCallListener {

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
            Exchange exchange = sent.getExchange();
            CallOutcome outcome = outcome(exchange);
            if (system == Side.GENESYS) {
                metrics.apiCall(system, ApiEndpoints.genesys(exchange.getProperty("genesysMethod", String.class),
                        exchange.getProperty("genesysPath", String.class)), outcome.status(), outcome.rateLimited());
            }
            lastCalls.record(system, outcome);
        });
    }

    /** A call an HTTP client reports: a Salesforce call or a login. */
    @Override
    public void called(Side system, String method, String path, int status, boolean rateLimited) {
        String endpoint = system == Side.SALESFORCE ? ApiEndpoints.salesforce(method, path)
                : ApiEndpoints.genesys(method, path);
        metrics.apiCall(system, endpoint, status == NO_ANSWER ? CallOutcome.NO_ANSWER : String.valueOf(status),
                rateLimited);
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
