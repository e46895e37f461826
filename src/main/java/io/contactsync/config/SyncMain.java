package io.contactsync.config;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the Camel Main that runs the sync: the routes, the bean configuration, and the settings. Environment
 * variables become settings in {@code application.properties} ({@code {{env:NAME:default}}}, read from the
 * environment given here); only the two whose value is translated are read in code: {@code SYNC_SCHEDULE}
 * ({@code off} or a cron with spaces) and {@code SYNC_ROUTES_DIR} (a folder for the routes pattern). The
 * application and the tests both start the sync through here.
 */
public final class SyncMain {

    private SyncMain() {
    }

    public static Main create(ConnectionSettings connections, Map<String, String> environment) {
        Main main = withEnvironment(environment);
        main.configure().addConfiguration(ContactSyncConfiguration.class);
        main.configure().addConfiguration(MonitorConfiguration.class);
        overrides(connections, environment).forEach(main::addOverrideProperty);
        return main;
    }

    /**
     * The Camel Main of the plan command: the sync's, less what starts by itself (the schedule, the monitor's check,
     * the audit purge), with its servers on free ports, so that it may run beside a running sync.
     */
    public static Main createPlan(ConnectionSettings connections, Map<String, String> environment) {
        Main main = create(connections, environment);
        main.addOverrideProperty("sync.schedule.enabled", "false");
        main.addOverrideProperty("camel.main.routeFilterExcludePattern",
                "schedule-sync,monitor-check,schedule-audit-purge");
        main.addOverrideProperty("camel.server.port", "0");
        main.addOverrideProperty("camel.management.port", "0");
        return main;
    }

    /**
     * The Camel Main of the validate command: the same settings and routes as the sync's, of which only those that
     * check the field mappings against both systems ({@code direct:check-every-mapping}) start; no server, no schedule, no
     * state store.
     */
    public static Main createValidation(ConnectionSettings connections, Map<String, String> environment) {
        Main main = withEnvironment(environment);
        main.configure().addConfiguration(ValidateConfiguration.class);
        overrides(connections, environment).forEach(main::addOverrideProperty);
        main.addOverrideProperty("camel.main.routeFilterIncludePattern",
                "check-every-mapping,check-mapping,call-genesys,send-genesys-request");
        main.addOverrideProperty("camel.server.enabled", "false");
        main.addOverrideProperty("camel.management.enabled", "false");
        main.addOverrideProperty("camel.main.jmx-enabled", "false");
        return main;
    }

    private static Main withEnvironment(Map<String, String> environment) {
        return new Main() {
            @Override
            protected CamelContext createCamelContext() {
                CamelContext context = super.createCamelContext();
                context.getPropertiesComponent().addPropertiesFunction(new EnvironmentFunction(environment));
                return context;
            }
        };
    }

    static Map<String, String> overrides(ConnectionSettings connections, Map<String, String> environment) {
        Map<String, String> overrides = new LinkedHashMap<>(connections.asCamelProperties());
        overrides.put("sync.sandbox", String.valueOf(connections.sandbox()));
        String schedule = environment.getOrDefault("SYNC_SCHEDULE", "").trim();
        if (!schedule.isEmpty()) {
            boolean off = schedule.toLowerCase(Locale.ROOT).equals("off");
            overrides.put("sync.schedule.enabled", String.valueOf(!off));
            if (!off) {
                overrides.put("sync.schedule.cron", schedule.replace(' ', '+'));
            }
        }
        String routesDirectory = environment.get("SYNC_ROUTES_DIR");
        if (routesDirectory != null && !routesDirectory.isBlank()) {
            overrides.put("camel.main.routesIncludePattern", "file:" + routesDirectory.replaceAll("/+$", "")
                    + "/*.camel.yaml");
        }
        return overrides;
    }
}
