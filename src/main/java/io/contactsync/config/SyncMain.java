package io.contactsync.config;

import org.apache.camel.main.Main;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the Camel Main that runs the sync: the routes, the bean configuration, and the settings from the
 * environment (DESIGN.md §6) laid over {@code application.properties}. The application and the tests both
 * start the sync through here.
 */
public final class SyncMain {

    /** Environment variables and the property each one sets. */
    static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("SYNC_DB_URL", "sync.db.url"),
            Map.entry("SYNC_DB_USER", "sync.db.user"),
            Map.entry("SYNC_DB_PASSWORD", "sync.db.password"),
            Map.entry("SYNC_MAPPING_FILE", "sync.mapping.file"),
            Map.entry("SYNC_POLICIES_FILE", "sync.policies.file"),
            Map.entry("SYNC_ADMIN_TOKEN", "sync.admin.token"),
            Map.entry("SYNC_IGNORE_SALESFORCE_USER_ID", "sync.salesforce.ignore-changes-by"),
            Map.entry("SYNC_CLUSTER", "sync.cluster"),
            Map.entry("SYNC_LOCK_TTL", "sync.lock-ttl"),
            Map.entry("SYNC_CLUSTER_DIR", "sync.cluster.file-root"),
            Map.entry("KUBERNETES_NAMESPACE", "sync.cluster.kubernetes-namespace"),
            Map.entry("SYNC_ALERT_WEBHOOK_URL", "sync.alert.webhook-url"),
            Map.entry("SYNC_AUDIT_RETENTION", "sync.audit.retention"));

    private SyncMain() {
    }

    public static Main create(ConnectionSettings connections, Map<String, String> environment) {
        Main main = new Main();
        main.configure().addConfiguration(ContactSyncConfiguration.class);
        main.configure().addConfiguration(MonitorConfiguration.class);
        overrides(connections, environment).forEach(main::addOverrideProperty);
        return main;
    }

    static Map<String, String> overrides(ConnectionSettings connections, Map<String, String> environment) {
        Map<String, String> overrides = new LinkedHashMap<>(connections.asCamelProperties());
        overrides.put("sync.sandbox", String.valueOf(connections.sandbox()));
        ENVIRONMENT.forEach((variable, property) -> {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                overrides.put(property, value);
            }
        });
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
