package io.contactsync.config;

import io.contactsync.api.AdminAccess;
import io.contactsync.api.AdminJolokia;
import io.contactsync.api.AdminRequestGuard;
import io.contactsync.api.ApiRuns;
import io.contactsync.api.PlanDownloads;
import io.contactsync.api.AdminApi;
import io.contactsync.api.AdminLock;
import io.contactsync.api.ConflictApi;
import io.contactsync.api.DeadLetterApi;
import io.contactsync.api.LinkApi;
import io.contactsync.api.RecordPaths;
import io.contactsync.api.ReviewApi;
import io.contactsync.api.StartingGate;
import io.contactsync.cycle.ActiveSettings;
import io.contactsync.cycle.LinkedOrganizations;
import io.contactsync.cycle.SyncedObjects;
import io.contactsync.mapping.OrganizationIds;
import io.contactsync.cycle.CheckedSchemas;
import io.contactsync.cycle.Correlator;
import io.contactsync.cycle.PairResolver;
import io.contactsync.cycle.SyncSettings;
import io.contactsync.cycle.CycleLinks;
import io.contactsync.cycle.DeadLetterRecorder;
import io.contactsync.cycle.DryRunReports;
import io.contactsync.cycle.DisappearanceGuard;
import io.contactsync.cycle.DistinctRecords;
import io.contactsync.cycle.ErrorClassifier;
import io.contactsync.cycle.PairCommitter;
import io.contactsync.cycle.PairRouter;
import io.contactsync.cycle.RecordRetryBackoff;
import io.contactsync.cycle.RequestedRecords;
import io.contactsync.cycle.SyncCycle;
import io.contactsync.cycle.WriteBatchAggregation;
import io.contactsync.cycle.WritePlanner;
import io.contactsync.cycle.GenesysPoller;
import io.contactsync.cycle.MappingVerification;
import io.contactsync.genesys.GenesysResponses;
import io.contactsync.genesys.GenesysTokenManager;
import io.contactsync.cycle.GenesysWriter;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.model.MappedObject;
import io.contactsync.salesforce.SalesforceRetryAfter;
import io.contactsync.cycle.SalesforcePoller;
import io.contactsync.cycle.SalesforceWriter;
import io.contactsync.store.StoreSettings;
import io.contactsync.store.SyncStore;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.LifecycleStrategySupport;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.concurrent.SynchronousExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds the beans the routes call, from the settings in {@code application.properties} (overridden by
 * the environment, see {@link SyncMain}), and binds them under the names the YAML routes use.
 */
public final class ContactSyncConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ContactSyncConfiguration.class);
    /** The route group (a route's {@code group} in YAML) of the routes opened only with the admin API. */
    static final String ADMIN_ROUTE_GROUP = "admin";
    /** {@code sync.organization-mapping.file} saying the organizations are not synced. */
    static final String OFF = "off";
    static final String ORGANIZATION_MAPPING = "mapping/organization-mapping.yaml";

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        Clock clock = Clock.systemUTC();
        String mappingFile = setting(properties, "sync.mapping.file");
        String organizationMappingFile = setting(properties, "sync.organization-mapping.file");
        String policiesFile = setting(properties, "sync.policies.file");
        String salesforceUrl = property(properties, "camel.component.salesforce.loginUrl", "https://login.salesforce.com");
        SyncStore store = SyncStore.open(new StoreSettings(setting(properties, "sync.db.url"),
                setting(properties, "sync.db.user"), setting(properties, "sync.db.password"),
                Integer.parseInt(setting(properties, "sync.db.pool-size")), StoreSettings.DEFAULT_CONNECT_TIMEOUT), clock);
        closeOnStop(context, store);

        // the data schema a record names comes from the listing its mapping was checked against
        Map<MappedObject, CheckedSchemas> schemas = new EnumMap<>(MappedObject.class);
        Map<MappedObject, ActiveSettings> objectSettings = new LinkedHashMap<>();
        LinkedOrganizations linkedOrganizations = null;
        if (!OFF.equalsIgnoreCase(organizationMappingFile)) {
            CheckedSchemas organizationSchemas = new CheckedSchemas();
            Supplier<SyncSettings> organizationFiles = () -> {
                FieldMapping mapping = organizationMapping(organizationMappingFile);
                return SyncSettings.of(mapping, SyncPoliciesLoader.load(policiesFile, mapping), salesforceUrl,
                        organizationSchemas, OrganizationIds.NONE);
            };
            ActiveSettings organizationSettings = new ActiveSettings(organizationFiles.get(), organizationFiles);
            schemas.put(MappedObject.ORGANIZATION, organizationSchemas);
            objectSettings.put(MappedObject.ORGANIZATION, organizationSettings);
            linkedOrganizations = new LinkedOrganizations(store, organizationSettings);
        }
        LinkedOrganizations organizations = linkedOrganizations;
        CheckedSchemas contactSchemas = new CheckedSchemas();
        OrganizationIds contactOrganizations = organizations == null ? OrganizationIds.NONE : organizations;
        Supplier<SyncSettings> files = () -> {
            FieldMapping mapping = contactMapping(mappingFile, contactOrganizations != OrganizationIds.NONE);
            return SyncSettings.of(mapping, SyncPoliciesLoader.load(policiesFile, mapping), salesforceUrl,
                    contactSchemas, contactOrganizations);
        };
        schemas.put(MappedObject.CONTACT, contactSchemas);
        objectSettings.put(MappedObject.CONTACT, new ActiveSettings(files.get(), files));
        SyncedObjects settings = new SyncedObjects(objectSettings);
        Map<MappedObject, Supplier<FieldMapping>> underCheck = new LinkedHashMap<>();
        settings.objects().forEach(object -> underCheck.put(object, () -> settings.of(object).underCheck().mapping()));
        MappingVerification mappingVerification = new MappingVerification(underCheck, schemas);

        CycleLinks links = new CycleLinks(store);
        DistinctRecords distinct = new DistinctRecords(store);
        Correlator correlator = new Correlator(links, settings, distinct);
        Registry registry = context.getRegistry();
        bindSystemCalls(registry, properties, clock, mappingVerification);
        ErrorClassifier errorClassifier = registry.lookupByNameAndType("errorClassifier", ErrorClassifier.class);
        DeadLetterRecorder deadLetters = new DeadLetterRecorder(store, errorClassifier, new RecordRetryBackoff(
                Duration.parse(setting(properties, "sync.record-retry.initial-delay")),
                Duration.parse(setting(properties, "sync.record-retry.maximum-delay"))));
        // one owner per start: a restarted process (or a restarted Camel context) is not the one that left a lock
        String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        SyncCycle syncCycle = new SyncCycle(store, clock, owner,
                Duration.parse(property(properties, "sync.overlap", "PT2M")),
                Duration.parse(setting(properties, "sync.lock-ttl")), settings,
                organizations == null ? () -> { } : organizations::forget);
        // services stop in reverse order: the lock is freed before the store closes
        closeOnStop(context, syncCycle::releaseLock);

        addService(context, ClusterServices.create(setting(properties, "sync.cluster"),
                setting(properties, "sync.cluster.file-root"),
                setting(properties, "sync.cluster.kubernetes-namespace"),
                Long.parseLong(property(properties, "sync.cluster.lease-ms", "15000"))));
        registry.bind("syncStore", store);
        registry.bind("activeSettings", settings);
        registry.bind("syncCycle", syncCycle);
        SalesforcePoller salesforcePoll = new SalesforcePoller(settings, correlator,
                properties.resolveProperty("sync.salesforce.ignore-changes-by").filter(v -> !v.isBlank()).orElse(null));
        registry.bind("salesforcePoll", salesforcePoll);
        registry.bind("requestedRecords", new RequestedRecords(store, salesforcePoll, settings, correlator,
                Integer.parseInt(property(properties, "genesys.bulk-size", "100"))));
        registry.bind("genesysPoll", new GenesysPoller(settings, correlator, store,
                Integer.parseInt(property(properties, "genesys.scan-page-size", "200"))));
        registry.bind("correlator", correlator);
        registry.bind("disappearanceGuard", new DisappearanceGuard(store, links, settings));
        registry.bind("writeBatches", new WriteBatchAggregation());
        registry.bind("synchronousExecutor", new SynchronousExecutorService());
        registry.bind("pairRouter", new PairRouter(links, store, distinct, settings));
        registry.bind("resolver", new PairResolver(settings));
        registry.bind("writePlanner", new WritePlanner(links, settings));
        registry.bind("salesforceWriter", new SalesforceWriter(settings, deadLetters));
        registry.bind("genesysWriter", new GenesysWriter(settings, deadLetters));
        registry.bind("pairCommitter", new PairCommitter(store, links, settings));
        registry.bind("deadLetters", deadLetters);
        registry.bind("dryRunReports", new DryRunReports(clock));
        registry.bind("adminApi", new AdminApi(store, settings));
        bindAdminApi(context, registry, store, settings);
    }

    /**
     * What the routes that call the two systems need (those of {@code call-genesys.camel.yaml},
     * {@code check-mapping.camel.yaml} and the error handling's retries): the sync and the validate command bind the
     * same.
     */
    static void bindSystemCalls(Registry registry, PropertiesComponent properties, Clock clock,
                                MappingVerification mappingVerification) {
        SalesforceRetryAfter salesforceRetryAfter = new SalesforceRetryAfter(clock);
        registry.bind("salesforceRetryAfter", salesforceRetryAfter);
        registry.bind("errorClassifier", new ErrorClassifier(salesforceRetryAfter));
        registry.bind("retryAfter", new ErrorClassifier(salesforceRetryAfter));
        registry.bind("genesysTokens", new GenesysTokenManager(
                URI.create(property(properties, "genesys.login-url", "") + "/oauth/token"),
                property(properties, "genesys.client-id", ""), property(properties, "genesys.client-secret", ""),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), clock, Duration.ofMinutes(5)));
        registry.bind("genesysResponses", new GenesysResponses());
        registry.bind("mappingVerification", mappingVerification);
    }

    /**
     * The operator's API. Outside the sandbox it needs a token; without one its routes are left out entirely (the
     * server answers 404 on /api) and the start-up log says why.
     */
    private static void bindAdminApi(CamelContext context, Registry registry, SyncStore store,
                                     SyncedObjects settings) {
        PropertiesComponent properties = context.getPropertiesComponent();
        AdminAccess access = new AdminAccess(Boolean.parseBoolean(property(properties, "sync.sandbox", "false")),
                setting(properties, "sync.admin.token"));
        if (!access.open()) {
            LOG.warn("Admin API, Hawtio console and Jolokia NOT opened: SYNC_ADMIN_TOKEN is not set and the sync runs against"
                    + " real systems. Set SYNC_ADMIN_TOKEN to use /api (every call then needs 'Authorization: Bearer"
                    + " <token>') and /hawtio (the same header, or a browser login with the token as password).");
            context.getCamelContextExtension().getContextPlugin(Model.class)
                    .setRouteFilter(route -> !isAdminRoute(route));
        }
        RecordPaths paths = new RecordPaths(property(properties, "salesforce.api-version", "56.0"));
        registry.bind("adminAccess", access);
        registry.bind("jolokia", new AdminJolokia(access));
        if (access.open()) {
            guardAdminRequests(context, access);
        }
        ApiRuns apiRuns = new ApiRuns(context, store, Duration.parse(property(properties, "sync.api.run-wait", "PT20S")));
        registry.bind("apiRuns", apiRuns);
        registry.bind("planDownloads", new PlanDownloads(registry.lookupByNameAndType("dryRunReports",
                DryRunReports.class)));
        context.addLifecycleStrategy(new LifecycleStrategySupport() {
            @Override
            public void onContextStopping(CamelContext stopping) {
                apiRuns.stopping();
            }
        });
        holdRequestsUntilStarted(context);
        registry.bind("adminLock", new AdminLock(store, settings));
        registry.bind("conflictApi", new ConflictApi(store, paths, settings));
        registry.bind("reviewApi", new ReviewApi(store, settings));
        registry.bind("deadLetterApi", new DeadLetterApi(store, paths, settings));
        registry.bind("linkApi", new LinkApi(store));
    }

    /**
     * The routes opened only with the admin API: those of the route group {@value #ADMIN_ROUTE_GROUP} (the admin
     * API's and the Hawtio console's), and the routes Camel generates for the REST services (all of them the admin
     * API's).
     */
    static boolean isAdminRoute(RouteDefinition route) {
        String from = route.getInput() == null ? "" : route.getInput().getEndpointUri();
        return ADMIN_ROUTE_GROUP.equals(route.getGroup()) || from.startsWith("rest:");
    }

    /**
     * The contacts' field mapping ({@code SYNC_MAPPING_FILE}); a mapping of another object is refused, and so is a
     * reference field (the contact's organization) when the organizations are not synced.
     */
    static FieldMapping contactMapping(String location, boolean organizationsSynced) {
        FieldMapping mapping = mapping(location, FieldMapping.DEFAULT_RESOURCE, MappedObject.CONTACT,
                "SYNC_MAPPING_FILE");
        return organizationsSynced ? mapping : mapping.requireNoReference("SYNC_ORGANIZATION_MAPPING_FILE=" + OFF);
    }

    /** The organizations' field mapping ({@code SYNC_ORGANIZATION_MAPPING_FILE}); a contact mapping is refused. */
    static FieldMapping organizationMapping(String location) {
        return mapping(location, ORGANIZATION_MAPPING, MappedObject.ORGANIZATION, "SYNC_ORGANIZATION_MAPPING_FILE");
    }

    private static FieldMapping mapping(String location, String packaged, MappedObject object, String setting) {
        return FieldMapping.load(location, packaged).requireObject(object, setting);
    }

    /**
     * A setting {@code application.properties} always defines (most from an environment variable, with the default
     * there); it may be empty.
     */
    static String setting(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key).map(String::trim)
                .orElseThrow(() -> new IllegalStateException("application.properties does not define " + key));
    }

    static String property(PropertiesComponent properties, String key, String defaultValue) {
        return properties.resolveProperty(key).filter(v -> !v.isBlank()).orElse(defaultValue);
    }

    /**
     * Puts {@link AdminRequestGuard} before every handler of the server port, body parsing included, once the
     * platform-http consumers are on its router.
     */
    private static void guardAdminRequests(CamelContext context, AdminAccess access) {
        try {
            context.addStartupListener(new StartupListener() {
                @Override
                public void onCamelContextStarted(CamelContext started, boolean alreadyStarted) {
                    // the router is complete only once every route has started
                }

                @Override
                public void onCamelContextFullyStarted(CamelContext started, boolean alreadyStarted) {
                    serverRouter(started).ifPresent(router -> router.route().order(Integer.MIN_VALUE)
                            .handler(new AdminRequestGuard(access)));
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("could not guard the admin API", e);
        }
    }

    /**
     * Puts a {@link StartingGate} first on the server port as the services start (the HTTP server, which Camel Main
     * adds before this service, is up by then; the routes start after the services), and opens it once every route
     * has started: until then a call answers 503 with a reason instead of a 404.
     */
    private static void holdRequestsUntilStarted(CamelContext context) {
        StartingGate gate = new StartingGate();
        try {
            context.addService(new ServiceSupport() {
                @Override
                protected void doStart() {
                    serverRouter(context).ifPresent(router -> router.route().order(Integer.MIN_VALUE).handler(gate));
                }
            }, true, true);
            context.addStartupListener(new StartupListener() {
                @Override
                public void onCamelContextStarted(CamelContext started, boolean alreadyStarted) {
                    // some routes may still be starting: the gate stays closed
                }

                @Override
                public void onCamelContextFullyStarted(CamelContext started, boolean alreadyStarted) {
                    gate.open();
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("could not hold requests until started", e);
        }
    }

    /** The router of the server port (8080), once its HTTP server has started. */
    private static Optional<VertxPlatformHttpRouter> serverRouter(CamelContext context) {
        int port = Integer.parseInt(property(context.getPropertiesComponent(), "camel.server.port", "8080"));
        return Optional.ofNullable(VertxPlatformHttpRouter.lookup(context,
                VertxPlatformHttpRouter.getRouterNameFromPort(port)));
    }

    private static void addService(CamelContext context, Object service) {
        try {
            context.addService(service, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + service, e);
        }
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
            throw new IllegalStateException("could not register a shutdown step", e);
        }
    }
}
