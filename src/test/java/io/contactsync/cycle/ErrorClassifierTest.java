package io.contactsync.cycle;

import io.contactsync.genesys.GenesysApiException;
import io.contactsync.salesforce.SalesforceRetryAfter;
import io.contactsync.testing.MutableClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.component.salesforce.api.dto.RestError;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait before a retry: what the system asked for with Retry-After, else the back-off. */
class ErrorClassifierTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T12:00:00Z"));
    private final SalesforceRetryAfter salesforceRetryAfter = new SalesforceRetryAfter(clock);
    private final ErrorClassifier classifier = new ErrorClassifier(salesforceRetryAfter);
    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        camel.close();
    }

    @Test
    void aSalesforceFailureWaitsWhatIsLeftOfTheLatestRetryAfter() {
        salesforceRetryAfter.answered("5");
        clock.advance(Duration.ofMillis(1500));

        assertThat(delayBeforeRetry(new SalesforceException("429 Too Many Requests", 429))).isEqualTo(3500L);
    }

    @Test
    void aSalesforceFailureFoundAmongTheCausesWaitsToo() {
        salesforceRetryAfter.answered("2");

        assertThat(delayBeforeRetry(new IllegalStateException("write failed",
                new SalesforceException("503 Service Unavailable", 503)))).isEqualTo(2000L);
    }

    @Test
    void aSalesforceFailureAfterTheAskedWaitHasPassedGetsTheBackOff() {
        salesforceRetryAfter.answered("2");
        clock.advance(Duration.ofSeconds(2));

        assertThat(delayBeforeRetry(new SalesforceException("500 Server Error", 500))).isNull();
    }

    @Test
    void aRetryAfterThatIsNoWholeNumberOfSecondsIsIgnored() {
        salesforceRetryAfter.answered("Fri, 31 Dec 1999 23:59:59 GMT");
        salesforceRetryAfter.answered("");
        salesforceRetryAfter.answered(null);

        assertThat(salesforceRetryAfter.remaining()).isEmpty();
    }

    @Test
    void aShorterLaterRetryAfterDoesNotCutALongerOneShort() {
        salesforceRetryAfter.answered("10");
        salesforceRetryAfter.answered("1");

        assertThat(salesforceRetryAfter.remaining()).contains(Duration.ofSeconds(10));
    }

    @Test
    void aGenesysFailureWaitsItsOwnRetryAfter() {
        salesforceRetryAfter.answered("30");

        assertThat(delayBeforeRetry(new GenesysApiException(429, "{}", "429", 4, null))).isEqualTo(4000L);
    }

    @Test
    void anEarlierAttemptsWaitIsNotCarriedOverToAFailureThatAsksForNone() {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, 4000L);
        exchange.setException(new GenesysApiException(503, "{}", "503", null, null));

        classifier.process(exchange);

        assertThat(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY)).isNull();
    }

    @Test
    void aFailureOfNeitherSystemGetsTheBackOff() {
        salesforceRetryAfter.answered("30");

        assertThat(delayBeforeRetry(new IOException("connection reset"))).isNull();
    }

    private Long delayBeforeRetry(Exception failure) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setException(failure);
        classifier.process(exchange);
        return exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class);
    }

    @Test
    void aLaterCycleMayPassTransientFailuresAndAUsedUpAllowanceButNotARefusedRecord() {
        SalesforceException allowanceUsedUp = new SalesforceException(
                List.of(new RestError("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")), 403);
        SalesforceException refused = new SalesforceException(
                List.of(new RestError("INVALID_EMAIL_ADDRESS", "Email: invalid email address")), 400);

        assertThat(classifier.isPermanent(allowanceUsedUp)).as("retried within the cycle").isTrue();
        assertThat(classifier.mayPassLater(allowanceUsedUp)).isTrue();
        assertThat(classifier.mayPassLater(new SalesforceException("503 Service Unavailable", 503))).isTrue();
        assertThat(classifier.mayPassLater(new IOException("connection reset"))).isTrue();
        assertThat(classifier.mayPassLater(refused)).isFalse();
    }
}
