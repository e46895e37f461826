package io.contactsync.config;

import io.contactsync.api.AdminApi;
import io.contactsync.cycle.Correlator;
import io.contactsync.cycle.CycleLinks;
import io.contactsync.cycle.DeadLetterRecorder;
import io.contactsync.cycle.ErrorClassifier;
import io.contactsync.cycle.PairCommitter;
import io.contactsync.cycle.PairGroupAggregation;
import io.contactsync.cycle.PairRouter;
import io.contactsync.cycle.SyncCycle;
import io.contactsync.cycle.WriteBatchAggregation;
import io.contactsync.cycle.WritePlanner;
import io.contactsync.genesys.GenesysPoller;
import io.contactsync.genesys.GenesysResponses;
import io.contactsync.genesys.GenesysTokenManager;
import io.contactsync.genesys.GenesysWriter;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.SalesforceContactMapper;
import io.contactsync.mapping.ValueNormalizer;
import io.contactsync.match.DeleteResolver;
import io.contactsync.model.SyncPolicies;
import io.contactsync.resolve.ConfiguredResolver;
import io.contactsync.salesforce.SalesforcePoller;
import io.contactsync.salesforce.SalesforceWriter;
import io.contactsync.store.StoreSettings;
import io.contactsync.store.SyncStore;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.concurrent.SynchronousExecutorService;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the beans the routes call, from the settings in {@code application.properties} (overridden by
 * the environment, see {@link SyncMain}), and binds them under the names the YAML routes use.
 */
public final class ContactSyncConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        Clock clock = Clock.systemUTC();
        SyncPolicies policies = SyncPoliciesLoader.load(property(properties, "sync.policies.file", ""));
        FieldMapping mapping = FieldMapping.load(property(properties, "sync.mapping.file", ""));
        ValueNormalizer normalizer = new ValueNormalizer(policies.defaultPhoneRegion());
        SalesforceContactMapper salesforceMapper = new SalesforceContactMapper(mapping, normalizer);
        GenesysContactMapper genesysMapper = new GenesysContactMapper(mapping, normalizer,
                property(properties, "camel.component.salesforce.loginUrl", "https://login.salesforce.com"));

        SyncStore store = SyncStore.open(new StoreSettings(property(properties, "sync.db.url", StoreSettings.DEFAULT_URL),
                property(properties, "sync.db.user", ""), property(properties, "sync.db.password", ""),
                StoreSettings.DEFAULT_POOL_SIZE, StoreSettings.DEFAULT_CONNECT_TIMEOUT), clock);
        closeOnStop(context, store);

        CycleLinks links = new CycleLinks(store);
        Correlator correlator = new Correlator(links, policies.matchByPhone());
        DeadLetterRecorder deadLetters = new DeadLetterRecorder(store);
        String owner = ManagementFactory.getRuntimeMXBean().getName();

        Registry registry = context.getRegistry();
        registry.bind("syncStore", store);
        registry.bind("syncPolicies", policies);
        registry.bind("syncCycle", new SyncCycle(store, clock, owner,
                Duration.parse(property(properties, "sync.overlap", "PT2M")),
                Duration.parse(property(properties, "sync.lock-ttl", "PT15M"))));
        registry.bind("salesforcePoll", new SalesforcePoller(salesforceMapper, correlator,
                properties.resolveProperty("sync.salesforce.ignore-changes-by").filter(v -> !v.isBlank()).orElse(null)));
        registry.bind("genesysPoll", new GenesysPoller(genesysMapper, correlator, store,
                Integer.parseInt(property(properties, "genesys.scan-page-size", "200"))));
        registry.bind("correlator", correlator);
        registry.bind("pairGroups", new PairGroupAggregation());
        registry.bind("writeBatches", new WriteBatchAggregation());
        registry.bind("synchronousExecutor", new SynchronousExecutorService());
        registry.bind("pairRouter", new PairRouter(links, store, new DeleteResolver(policies.deletePolicy())));
        registry.bind("resolver", new ConfiguredResolver(policies));
        registry.bind("writePlanner", new WritePlanner(links));
        registry.bind("salesforceWriter", new SalesforceWriter(salesforceMapper, deadLetters));
        registry.bind("genesysWriter", new GenesysWriter(genesysMapper, deadLetters));
        registry.bind("pairCommitter", new PairCommitter(store, links, policies.resolver()));
        registry.bind("deadLetters", deadLetters);
        registry.bind("errorClassifier", new ErrorClassifier());
        registry.bind("retryAfter", new ErrorClassifier());
        registry.bind("genesysTokens", new GenesysTokenManager(
                URI.create(property(properties, "genesys.login-url", "") + "/oauth/token"),
                property(properties, "genesys.client-id", ""), property(properties, "genesys.client-secret", ""),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), clock, Duration.ofMinutes(5)));
        registry.bind("genesysResponses", new GenesysResponses());
        registry.bind("adminApi", new AdminApi(store));
    }

    static String property(PropertiesComponent properties, String key, String defaultValue) {
        return properties.resolveProperty(key).filter(v -> !v.isBlank()).orElse(defaultValue);
    }

    private static void closeOnStop(CamelContext context, AutoCloseable resource) {
        try {
            context.addService(new ServiceSupport() {
                @Override
                protected void doStop() throws Exception {
                    resource.close();
                }
            }, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("could not register the state store for shutdown", e);
        }
    }
}
