package io.contactsync.salesforce;

import io.contactsync.model.ApiCallListener;
import io.contactsync.model.Side;
import org.apache.camel.CamelContext;
import org.apache.camel.component.salesforce.SalesforceHttpClient;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.transport.HttpConversation;
import org.eclipse.jetty.client.transport.HttpRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.io.IOException;

/**
 * camel-salesforce's HTTP client, made the way its component makes it, that reports every request it sends: the
 * routes' calls, the logins and the requests it sends again by itself after a new login. Each reaches
 * {@link ApiCallListener} with its outcome, and each answer's {@code Retry-After} reaches
 * {@link SalesforceRetryAfter}, which camel-salesforce's exceptions cannot carry.
 */
public final class ObservedSalesforceHttpClient extends SalesforceHttpClient {

    /** camel-salesforce's default worker pool, which runs its response callbacks. */
    private static final int WORKER_POOL_SIZE = 10;
    private static final int WORKER_POOL_MAX_SIZE = 20;

    private final ApiCallListener calls;
    private final SalesforceRetryAfter retryAfter;

    public ObservedSalesforceHttpClient(CamelContext context, ApiCallListener calls, SalesforceRetryAfter retryAfter) {
        super(context, context.getExecutorServiceManager().newThreadPool(ObservedSalesforceHttpClient.class,
                "SalesforceHttpClient", WORKER_POOL_SIZE, WORKER_POOL_MAX_SIZE), tls(context));
        this.calls = calls;
        this.retryAfter = retryAfter;
    }

    private static SslContextFactory.Client tls(CamelContext context) {
        SslContextFactory.Client factory = new SslContextFactory.Client();
        try {
            factory.setSslContext(new SSLContextParameters().createSSLContext(context));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("no TLS context for Salesforce: " + e.getMessage(), e);
        }
        return factory;
    }

    /**
     * Every request camel-salesforce sends is made here, its copies for a re-send included. A response that
     * camel-salesforce's security handler takes over (a 401 answered with a new login) reaches the request's own
     * listeners only as the outcome of the request sent again, which reports it: each call is counted once.
     */
    @Override
    public HttpRequest newHttpRequest(HttpConversation conversation, URI uri) {
        HttpRequest request = super.newHttpRequest(conversation, uri);
        request.onResponseHeaders(response -> retryAfter.answered(response.getHeaders().get(HttpHeader.RETRY_AFTER)));
        request.onComplete(result -> {
            // the conversation's listeners all hear its last outcome: report only this request's own
            if (result.getRequest() == request) {
                Response response = result.getResponse();
                int status = response == null ? ApiCallListener.NO_ANSWER : response.getStatus();
                calls.called(Side.SALESFORCE, request.getMethod(), request.getPath(), status);
            }
        });
        return request;
    }
}
