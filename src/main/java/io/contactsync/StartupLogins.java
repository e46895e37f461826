package io.contactsync;

import io.contactsync.cycle.ErrorClassifier;
import io.contactsync.genesys.GenesysApiException;
import io.contactsync.genesys.GenesysTokenManager;
import io.contactsync.mapping.MappingMismatchException;
import io.contactsync.model.Emails;
import io.contactsync.model.Side;
import io.contactsync.monitor.CallOutcome;
import io.contactsync.monitor.LastCalls;
import org.apache.camel.CamelContext;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The first login to each system outside the sandbox, in the background once the process serves its dashboard and
 * health: a login that fails for a while (no answer, 429, 5xx) is tried again with growing back-off; a refused one
 * (400, 401, 403: wrong credentials, unknown client) is a misconfiguration and handed to {@code onRefused}, which
 * ends the process. Each outcome shows on the system's health check. Once both logins succeed, the field mapping is
 * checked against both systems' schemas, tried again the same way while it cannot be; a mapping that does not fit
 * is handed to {@code onRefused} as a {@link MappingMismatchException}.
 */
final class StartupLogins implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLogins.class);

    private final CamelContext context;
    private final LastCalls lastCalls;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maximumDelay;
    private final Consumer<Throwable> onRefused;
    private final Supplier<List<String>> mappingCheck;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    /** @param mappingCheck the field mapping's problems against both systems (none when it fits) */
    StartupLogins(CamelContext context, LastCalls lastCalls, Clock clock, Duration firstDelay, Duration maximumDelay,
                  Consumer<Throwable> onRefused, Supplier<List<String>> mappingCheck) {
        this.context = context;
        this.lastCalls = lastCalls;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maximumDelay = maximumDelay;
        this.onRefused = onRefused;
        this.mappingCheck = mappingCheck;
        this.thread = new Thread(this::loginUntilDone, "startup-logins");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loginUntilDone() {
        Set<Side> pending = EnumSet.allOf(Side.class);
        Duration delay = firstDelay;
        while (true) {
            Duration asked = Duration.ZERO;
            for (Side system : Set.copyOf(pending)) {
                try {
                    login(system);
                    pending.remove(system);
                    lastCalls.record(system, new CallOutcome(clock.instant(), CallOutcome.OK, null));
                    LOG.info("Logged in to {}", name(system));
                } catch (RuntimeException e) {
                    int status = status(e);
                    String reason = Emails.masked(e.getMessage());
                    if (status == 400 || status == 401 || status == 403) {
                        lastCalls.record(system, new CallOutcome(clock.instant(), CallOutcome.LOGIN_REFUSED, reason));
                        onRefused.accept(e);
                        return;
                    }
                    lastCalls.record(system, new CallOutcome(clock.instant(),
                            status > 0 ? String.valueOf(status) : CallOutcome.NO_ANSWER, reason));
                    asked = max(asked, retryAfter(e));
                    LOG.warn("{} login failed ({}); trying again in {} s", name(system), reason,
                            wholeSeconds(max(delay, asked)));
                }
            }
            // a 429's Retry-After is honoured here as on every other call
            if (pending.isEmpty() && mappingChecked() || waitOrStop(max(delay, asked))) {
                return;
            }
            delay = delay.multipliedBy(2).compareTo(maximumDelay) > 0 ? maximumDelay : delay.multipliedBy(2);
        }
    }

    /** Whether the check is done: the mapping fits, or it does not and was handed to {@code onRefused}. */
    private boolean mappingChecked() {
        try {
            List<String> problems = mappingCheck.get();
            if (problems.isEmpty()) {
                LOG.info("The field mapping fits Salesforce and Genesys Cloud");
            } else {
                onRefused.accept(new MappingMismatchException(problems));
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("The field mapping could not be checked against Salesforce and Genesys Cloud ({}); trying again",
                    Emails.masked(e.getMessage()));
            return false;
        }
    }

    private void login(Side system) {
        if (system == Side.SALESFORCE) {
            try {
                context.getComponent("salesforce", SalesforceComponent.class).getSession().login(null);
            } catch (SalesforceException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        } else {
            context.getRegistry().lookupByNameAndType("genesysTokens", GenesysTokenManager.class).authorization();
        }
    }

    private static int status(RuntimeException failure) {
        SalesforceException salesforce = ObjectHelper.getException(SalesforceException.class, failure);
        if (salesforce != null) {
            return salesforce.getStatusCode();
        }
        GenesysApiException genesys = ObjectHelper.getException(GenesysApiException.class, failure);
        return genesys == null ? 0 : genesys.status();
    }

    private Duration retryAfter(RuntimeException failure) {
        return context.getRegistry().lookupByNameAndType("retryAfter", ErrorClassifier.class).askedWait(failure)
                .orElse(Duration.ZERO);
    }

    /** Rounded up: what is left of a Retry-After is a little less than it said. */
    private static long wholeSeconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Waits out the back-off; true when closed meanwhile. */
    private boolean waitOrStop(Duration delay) {
        try {
            return stopped.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static String name(Side system) {
        return system == Side.SALESFORCE ? "Salesforce" : "Genesys Cloud";
    }

    @Override
    public void close() {
        stopped.countDown();
    }
}
