package io.contactsync.config;

import io.contactsync.cycle.SyncedObjects;
import io.contactsync.genesys.GenesysTokenManager;
import io.contactsync.model.Side;
import io.contactsync.monitor.AlertRules;
import io.contactsync.monitor.AlertThresholds;
import io.contactsync.monitor.AlertThrottle;
import io.contactsync.monitor.ApiCallNotifier;
import io.contactsync.monitor.AuditRetention;
import io.contactsync.monitor.LastCalls;
import io.contactsync.monitor.RecentRunsHealthCheck;
import io.contactsync.monitor.StoreHealthCheck;
import io.contactsync.monitor.SyncMetrics;
import io.contactsync.monitor.SyncMonitor;
import io.contactsync.monitor.SystemHealthCheck;
import io.contactsync.salesforce.ObservedSalesforceHttpClient;
import io.contactsync.salesforce.SalesforceRetryAfter;
import io.contactsync.store.SyncStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.SalesforceEndpointConfig;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;

import java.time.Clock;
import java.time.Duration;

import static io.contactsync.config.ContactSyncConfiguration.property;
import static io.contactsync.config.ContactSyncConfiguration.setting;

/**
 * The monitoring beans (docs/operations.md): the Prometheus registry Camel's metrics and the sync's own share, the
 * API call counter, the health checks, the {@link SyncMonitor} and the audit retention. Runs after
 * {@link ContactSyncConfiguration}, whose state store it watches.
 */
public final class MonitorConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        Registry registry = context.getRegistry();
        Clock clock = Clock.systemUTC();
        SyncStore store = registry.lookupByNameAndType("syncStore", SyncStore.class);

        SyncMetrics metrics = new SyncMetrics(meterRegistry(registry), clock);
        LastCalls lastCalls = new LastCalls();
        // the start-up logins report their outcome here too
        registry.bind("lastCalls", lastCalls);
        ApiCallNotifier apiCalls = new ApiCallNotifier(property(properties, "genesys.api-url", ""), metrics, lastCalls,
                clock);
        // an event notifier gets events only once started: started and stopped with the context
        context.getManagementStrategy().addEventNotifier(apiCalls);
        addService(context, apiCalls);
        // the calls made below the routes: camel-salesforce's own (logins, re-sends) and the Genesys Cloud logins
        salesforceConfig(context).setHttpClient(new ObservedSalesforceHttpClient(context, apiCalls,
                registry.lookupByNameAndType("salesforceRetryAfter", SalesforceRetryAfter.class)));
        registry.lookupByNameAndType("genesysTokens", GenesysTokenManager.class).reportCallsTo(apiCalls);

        registry.bind("contactsync-store", new StoreHealthCheck(store));
        int failedRuns = Integer.parseInt(property(properties, "sync.health.failed-runs", "3"));
        registry.bind("contactsync-runs", new RecentRunsHealthCheck(store, failedRuns));
        for (Side side : Side.values()) {
            SystemHealthCheck check = new SystemHealthCheck(side, lastCalls);
            registry.bind(check.getId(), check);
        }

        AlertThresholds defaults = AlertThresholds.DEFAULTS;
        AlertThresholds thresholds = new AlertThresholds(
                Integer.parseInt(property(properties, "sync.alert.max-conflicts-per-run",
                        String.valueOf(defaults.maxConflictsPerRun()))),
                Integer.parseInt(property(properties, "sync.alert.max-errors-per-run",
                        String.valueOf(defaults.maxErrorsPerRun()))),
                Duration.parse(property(properties, "sync.alert.max-time-without-success",
                        defaults.maxTimeWithoutSuccess().toString())),
                Integer.parseInt(property(properties, "sync.alert.dead-letter-growth-runs",
                        String.valueOf(defaults.deadLetterGrowthRuns()))), failedRuns);
        registry.bind("syncMonitor", new SyncMonitor(store, metrics, new AlertRules(thresholds),
                AlertThrottle.allowingEvery(Duration.parse(property(properties, "sync.alert.repeat-after", "PT30M"))),
                clock, Integer.parseInt(property(properties, "sync.monitor.window-runs", "10")),
                setting(properties, "sync.alert.review-base-url"),
                !setting(properties, "sync.alert.webhook-url").isEmpty(),
                registry.lookupByNameAndType("activeSettings", SyncedObjects.class)::refusal));
        registry.bind("auditRetention", new AuditRetention(store, clock,
                Duration.parse(setting(properties, "sync.audit.retention"))));
    }

    /** The component's shared endpoint settings, where it takes a given HTTP client from when it starts. */
    private static SalesforceEndpointConfig salesforceConfig(CamelContext context) {
        SalesforceComponent salesforce = context.getComponent("salesforce", SalesforceComponent.class);
        if (salesforce.getConfig() == null) {
            salesforce.setConfig(new SalesforceEndpointConfig());
        }
        return salesforce.getConfig();
    }

    /** The registry Camel's metrics use (camel-micrometer-prometheus binds it as metricsRegistry), so ours join it. */
    private static MeterRegistry meterRegistry(Registry registry) {
        MeterRegistry existing = registry.lookupByNameAndType("metricsRegistry", MeterRegistry.class);
        if (existing != null) {
            return existing;
        }
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.bind("metricsRegistry", meters);
        return meters;
    }

    private static void addService(CamelContext context, Object service) {
        try {
            context.addService(service, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("could not add " + service, e);
        }
    }
}
