package io.contactsync.salesforce;

import io.contactsync.model.ApiCallListener;
import io.contactsync.model.Side;
import org.apache.camel.CamelContext;
import org.apache.camel.component.salesforce.SalesforceHttpClient;
import org.apache.camel.component.salesforce.internal.client.SalesforceSecurityHandler;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.eclipse.jetty.client.ProtocolHandler;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.transport.HttpConversation;
import org.eclipse.jetty.client.transport.HttpRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;

/**
 * camel-salesforce's HTTP client, made the way its component makes it (the JVM's default TLS settings: the sync
 * sets no {@code sslContextParameters}), that reports every request it sends: the routes' calls, the logins and
 * the requests it sends again by itself after a new login. Each reaches {@link ApiCallListener} once with its
 * outcome (the status, or no answer), and each answer's {@code Retry-After} reaches {@link SalesforceRetryAfter},
 * which camel-salesforce's exceptions cannot carry.
 */
public final class ObservedSalesforceHttpClient extends SalesforceHttpClient {

    /** camel-salesforce's default worker pool, which runs its response callbacks. */
    private static final int WORKER_POOL_SIZE = 10;
    private static final int WORKER_POOL_MAX_SIZE = 20;

    /** Marks a request whose outcome was reported. */
    private static final String REPORTED = ObservedSalesforceHttpClient.class.getName() + ".reported";
    /** Marks a request refused because the org's API allowance is used up: Salesforce's way of rate limiting. */
    private static final String ALLOWANCE_USED_UP = ObservedSalesforceHttpClient.class.getName() + ".allowanceUsedUp";

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
     * Puts a reporting wrapper in place of camel-salesforce's security handler, first among the protocol handlers
     * as the handler was: the answers it takes over (a 401 it answers with a new login, the login's answer, a 400)
     * never reach the request's own listeners.
     */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        getProtocolHandlers().put(new ReportingHandler(new SalesforceSecurityHandler(this)));
    }

    /** A request of the routes, or a new login after a 401. */
    @Override
    public HttpRequest newHttpRequest(HttpConversation conversation, URI uri) {
        return observed(super.newHttpRequest(conversation, uri));
    }

    /** A login of its own (at start, or the first call's when logins are lazy). */
    @Override
    public Request newRequest(URI uri) {
        return observed((HttpRequest) super.newRequest(uri));
    }

    /** A request camel-salesforce sends again after a new login: a call of its own. */
    @Override
    public Request copyRequest(Request oldRequest, URI newURI) {
        return observed((HttpRequest) super.copyRequest(oldRequest, newURI));
    }

    private HttpRequest observed(HttpRequest request) {
        request.onResponseHeaders(response -> {
            retryAfter.answered(response.getHeaders().get(HttpHeader.RETRY_AFTER));
            if (response.getStatus() == 403
                    && SalesforceLimitInfo.allowanceUsedUp(response.getHeaders().get(SalesforceLimitInfo.HEADER))) {
                request.attribute(ALLOWANCE_USED_UP, Boolean.TRUE);
            }
        });
        request.onComplete(result -> {
            // every listener of the conversation hears its last outcome: each request reports only its own, once
            if (result.getRequest() == request && !request.getAttributes().containsKey(REPORTED)) {
                Response response = result.getResponse();
                report(request, response == null ? ApiCallListener.NO_ANSWER : response.getStatus());
            }
        });
        return request;
    }

    private void report(Request request, int status) {
        request.attribute(REPORTED, Boolean.TRUE);
        calls.called(Side.SALESFORCE, request.getMethod(), request.getPath(), status,
                status == 429 || request.getAttributes().containsKey(ALLOWANCE_USED_UP));
    }

    /** Reports each answer camel-salesforce's security handler takes over, then lets it handle it. */
    private final class ReportingHandler implements ProtocolHandler {

        private final ProtocolHandler security;

        ReportingHandler(ProtocolHandler security) {
            this.security = security;
        }

        @Override
        public String getName() {
            return security.getName();
        }

        @Override
        public boolean accept(Request request, Response response) {
            boolean takenOver = security.accept(request, response);
            if (takenOver) {
                report(request, response.getStatus());
            }
            return takenOver;
        }

        @Override
        public Response.Listener getResponseListener() {
            return security.getResponseListener();
        }
    }
}
