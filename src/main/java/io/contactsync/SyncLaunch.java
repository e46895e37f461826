package io.contactsync;

import io.contactsync.api.AdminAccess;
import io.contactsync.config.ConnectionSettings;
import io.contactsync.config.SyncMain;
import io.contactsync.mapping.MappingMismatchException;
import io.contactsync.monitor.LastCalls;
import io.contactsync.sandbox.DemoActivity;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.sandbox.SeedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.spi.PropertiesComponent;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What {@code run} starts: the embedded sandbox with its demo when no credentials are configured, then the sync's
 * Camel Main; and the start banner naming what runs where, from the settings actually in use.
 */
public final class SyncLaunch implements AutoCloseable {

    static final int DEMO_CONTACTS = 60;
    /** Demo companies: Salesforce Accounts that most demo contacts belong to. */
    static final int DEMO_COMPANIES = 6;
    private static final String DEMO_POLICIES = "classpath:policies/demo-policies.yaml";
    private static final String DEMO_MAPPING = "classpath:mapping/demo-mapping.yaml";
    private static final Duration DEMO_EDITS_EVERY = Duration.ofSeconds(60);
    /** A failing start-up login is tried again after 1 s, 2 s, 4 s ... then every minute. */
    private static final Duration LOGIN_RETRY_FIRST = Duration.ofSeconds(1);
    private static final Duration LOGIN_RETRY_MAXIMUM = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(SyncLaunch.class);

    private final Main main;
    private final Sandbox sandbox;
    private final ScheduledExecutorService demoEditors;
    private final StartupLogins logins;

    private SyncLaunch(Main main, Sandbox sandbox, ScheduledExecutorService demoEditors, StartupLogins logins) {
        this.main = main;
        this.sandbox = sandbox;
        this.demoEditors = demoEditors;
        this.logins = logins;
    }

    /** {@link #start(Map, List, PrintStream, Consumer)}; a refused login is logged as an ERROR and ends nothing. */
    public static SyncLaunch start(Map<String, String> userEnvironment, List<String> arguments, PrintStream out)
            throws Exception {
        return start(userEnvironment, arguments, out, refused -> LOG.error("The start was refused: {}",
                String.join("; ", StartupFailure.lines(refused, userEnvironment))));
    }

    /**
     * Starts everything and prints the banner; in the demo the field mapping is checked against the emulators and
     * the first cycle starts at once. Outside the sandbox the logins to both systems and the mapping check follow in
     * the background ({@link StartupLogins}), retried while they fail for a while.
     *
     * @param onRefusedLogin told when a system refuses the credentials or the mapping does not fit the systems (the
     *                       application ends the process)
     * @throws MappingMismatchException in the demo, when the mapping does not fit the emulators
     * @throws Exception when something cannot start; what was started is stopped again
     */
    public static SyncLaunch start(Map<String, String> userEnvironment, List<String> arguments, PrintStream out,
                                   Consumer<Throwable> onRefusedLogin) throws Exception {
        ConnectionSettings connections = ConnectionSettings.fromEnvironment(userEnvironment);
        Map<String, String> environment = new HashMap<>(userEnvironment);
        Sandbox sandbox = null;
        ScheduledExecutorService editors = null;
        StartupLogins logins = null;
        Main main = null;
        try {
            if (connections.sandbox()) {
                sandbox = Sandbox.start(SandboxSettings.from(arguments.toArray(String[]::new), environment));
                connections = startDemo(sandbox, environment);
            }
            main = SyncMain.create(connections, environment);
            if (sandbox == null) {
                // a Salesforce outage at start-up must not end the process: StartupLogins logs in, and retries
                main.addOverrideProperty("camel.component.salesforce.lazyLogin", "true");
            }
            main.start();
            if (sandbox == null) {
                CamelContext context = main.getCamelContext();
                logins = new StartupLogins(context, context.getRegistry().lookupByNameAndType("lastCalls",
                        LastCalls.class), Clock.systemUTC(), LOGIN_RETRY_FIRST, LOGIN_RETRY_MAXIMUM, onRefusedLogin,
                        () -> mappingProblems(context));
                logins.start();
            } else {
                List<String> problems = mappingProblems(main.getCamelContext());
                if (!problems.isEmpty()) {
                    throw new MappingMismatchException(problems);
                }
                editors = startDemoEditors(sandbox, out);
            }
            SyncLaunch launch = new SyncLaunch(main, sandbox, editors, logins);
            launch.banner().forEach(out::println);
            if (sandbox != null && launch.scheduled()) {
                launch.runFirstCycle();
            }
            return launch;
        } catch (Exception | Error e) {
            new SyncLaunch(main, sandbox, editors, logins).close();
            throw e;
        }
    }

    /**
     * The field mappings' problems against both systems' schemas (route {@code check-every-mapping}); none when they
     * fit.
     */
    static List<String> mappingProblems(CamelContext context) {
        List<?> problems = context.createProducerTemplate().requestBody("direct:check-every-mapping", null, List.class);
        return problems.stream().map(String::valueOf).toList();
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** The embedded sandbox, or empty when the sync runs against real systems. */
    public Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** What runs where, with the ports and schedule in use. */
    public List<String> banner() {
        PropertiesComponent properties = context().getPropertiesComponent();
        String server = "http://localhost:" + properties.resolveProperty("camel.server.port").orElseThrow();
        String management = "http://localhost:" + properties.resolveProperty("camel.management.port").orElseThrow();
        List<String> lines = new ArrayList<>();
        if (sandbox != null) {
            lines.add("No Salesforce or Genesys Cloud credentials configured: running against the embedded sandbox with "
                    + DEMO_CONTACTS + " demo contacts per side; demo users edit a few of them every "
                    + DEMO_EDITS_EVERY.toSeconds() + " s.");
            lines.addAll(sandbox.banner());
        }
        AdminAccess access = context().getRegistry().lookupByNameAndType("adminAccess", AdminAccess.class);
        if (access != null && access.open()) {
            lines.add("Dashboard:   " + server + "/");
            lines.add("Hawtio:      " + server + "/hawtio");
            lines.add("Admin API:   " + server + "/api/runs  (POST " + server + "/api/sync/run runs a cycle now)");
        }
        lines.add("Health:      " + management + "/observe/health   Metrics: " + management + "/observe/metrics");
        lines.add("Schedule:    " + schedule(properties));
        return lines;
    }

    private boolean scheduled() {
        return Boolean.parseBoolean(context().getPropertiesComponent().resolveProperty("sync.schedule.enabled")
                .orElse("true"));
    }

    private String schedule(PropertiesComponent properties) {
        if (!scheduled()) {
            return "off; cycles run on POST /api/sync/run only";
        }
        String cron = properties.resolveProperty("sync.schedule.cron").orElseThrow().replace('+', ' ');
        String first;
        if (sandbox != null) {
            first = "the first cycle runs now";
        } else {
            try {
                Date next = new CronExpression(cron).getNextValidTimeAfter(new Date());
                first = "the first cycle at " + next.toInstant() + " (UTC) on the leader";
            } catch (ParseException e) {
                first = "no next cycle (" + e.getMessage() + ")";
            }
        }
        return "cron '" + cron + "' (Quartz, seconds first); " + first + "; one line per cycle follows";
    }

    private void runFirstCycle() {
        context().createProducerTemplate().asyncRequestBodyAndHeader("direct:sync-cycle", null, "trigger", "schedule");
    }

    /**
     * The sandbox's demo: its contacts seeded on both sides, the demo's policies and mapping unless others are set in
     * {@code environment} (which this adds them to).
     *
     * @return the settings connecting to the sandbox
     */
    static ConnectionSettings startDemo(Sandbox sandbox, Map<String, String> environment)
            throws IOException, InterruptedException {
        seedDemo(sandbox);
        environment.putIfAbsent("SYNC_POLICIES_FILE", DEMO_POLICIES);
        environment.putIfAbsent("SYNC_MAPPING_FILE", DEMO_MAPPING);
        return ConnectionSettings.forSandbox(sandbox);
    }

    private static void seedDemo(Sandbox sandbox) throws IOException, InterruptedException {
        SeedRequest seed = new SeedRequest(DEMO_CONTACTS, 7, 0.5, 0.3, false, DEMO_COMPANIES);
        sandbox.salesforce().emulator().seed(seed);
        sandbox.genesys().emulator().seed(seed);
        new DemoActivity(sandbox, 11).stageShowcase();
    }

    /** Demo users who keep editing both sides. */
    private static ScheduledExecutorService startDemoEditors(Sandbox sandbox, PrintStream out) {
        DemoActivity demo = new DemoActivity(sandbox, 11);
        ScheduledExecutorService editors = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-editors");
            thread.setDaemon(true);
            return thread;
        });
        editors.scheduleWithFixedDelay(() -> {
            try {
                demo.editRound(3, 1);
            } catch (Exception e) {
                out.println("Demo edits failed this round: " + e.getMessage());
            }
        }, 45, DEMO_EDITS_EVERY.toSeconds(), TimeUnit.SECONDS);
        return editors;
    }

    @Override
    public void close() {
        if (logins != null) {
            logins.close();
        }
        if (demoEditors != null) {
            demoEditors.shutdownNow();
        }
        if (main != null) {
            try {
                main.stop();
            } catch (Exception e) {
                // stopping on the way out: nothing left to report it to
            }
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
