package io.contactsync.config;

import io.contactsync.mapping.FieldMapping;
import io.contactsync.settings.SettingsException;
import org.quartz.CronExpression;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the settings a user gives before anything starts, so that a mistake ends the process with every problem
 * listed, each naming the variable (or option) to fix. Pure: it reads the environment and the files it names.
 */
public final class SettingsCheck {

    /** The command-line options of {@code run}: the embedded sandbox's ports and host. */
    public static final Set<String> RUN_OPTIONS = Set.of("--salesforce-port", "--genesys-port", "--host");
    private static final List<String> PORTS = List.of("CAMEL_SERVER_PORT", "CAMEL_MANAGEMENT_PORT",
            "SANDBOX_SALESFORCE_PORT", "SANDBOX_GENESYS_PORT");
    private static final List<String> DURATIONS = List.of("SYNC_LOCK_TTL", "SYNC_AUDIT_RETENTION",
            "SYNC_RECORD_RETRY_INITIAL_DELAY", "SYNC_RECORD_RETRY_MAXIMUM_DELAY");

    private SettingsCheck() {
    }

    /** @return one line per problem; empty when the settings can be used */
    public static List<String> problems(Map<String, String> environment, List<String> arguments) {
        List<String> problems = new ArrayList<>();
        arguments.stream().filter(argument -> !RUN_OPTIONS.contains(argument.split("=", 2)[0]) || !argument.contains("="))
                .forEach(argument -> problems.add("unknown option '" + argument + "' (the options are "
                        + String.join("=..., ", RUN_OPTIONS.stream().sorted().toList()) + "=...)"));
        problems.addAll(ConnectionSettings.problems(environment));
        PORTS.forEach(name -> present(environment, name, value -> checkPort(name, value, problems)));
        present(environment, "SYNC_DB_POOL_SIZE", value -> {
            if (!value.matches("[1-9][0-9]{0,3}")) {
                problems.add("SYNC_DB_POOL_SIZE: '" + value + "' is not a number of connections (1 or more)");
            }
        });
        DURATIONS.forEach(name -> present(environment, name, value -> {
            try {
                Duration.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(name + ": '" + value + "' is not an ISO-8601 duration such as PT1M or P365D");
            }
        }));
        present(environment, "SYNC_SCHEDULE", value -> {
            if (!value.equalsIgnoreCase("off") && !CronExpression.isValidExpression(value.replace('+', ' '))) {
                problems.add("SYNC_SCHEDULE: '" + value + "' is neither a Quartz cron (seconds first, e.g."
                        + " '0/30 * * * * ?') nor 'off'");
            }
        });
        present(environment, "SYNC_CLUSTER", value -> {
            if (!Set.of(ClusterServices.FILE, ClusterServices.KUBERNETES).contains(value.toLowerCase(Locale.ROOT))) {
                problems.add("SYNC_CLUSTER: '" + value + "' is neither '" + ClusterServices.FILE + "' nor '"
                        + ClusterServices.KUBERNETES + "'");
            }
        });
        present(environment, "SYNC_DB_URL", value -> {
            if (!value.startsWith("jdbc:h2:") && !value.startsWith("jdbc:postgresql:")) {
                problems.add("SYNC_DB_URL: '" + value + "' is neither an H2 (jdbc:h2:...) nor a PostgreSQL"
                        + " (jdbc:postgresql://...) JDBC URL");
            }
        });
        present(environment, "SYNC_ROUTES_DIR", value -> {
            if (!Files.isDirectory(Path.of(value))) {
                problems.add("SYNC_ROUTES_DIR: " + value + " is not a folder");
            }
        });
        present(environment, "SYNC_POLICIES_FILE", value -> settingsFile("SYNC_POLICIES_FILE", problems,
                () -> SyncPoliciesLoader.load(value, mappingToCheckAgainst(environment))));
        present(environment, "SYNC_MAPPING_FILE", value -> settingsFile("SYNC_MAPPING_FILE", problems,
                () -> ContactSyncConfiguration.contactMapping(value, organizationsSynced(environment))));
        return problems;
    }

    /** The mapping a policies file is checked against: the given one when it loads (its own problems are its). */
    private static FieldMapping mappingToCheckAgainst(Map<String, String> environment) {
        try {
            return ContactSyncConfiguration.contactMapping(environment.get("SYNC_MAPPING_FILE"),
                    organizationsSynced(environment));
        } catch (SettingsException e) {
            return FieldMapping.defaults();
        }
    }

    private static boolean organizationsSynced(Map<String, String> environment) {
        return !ContactSyncConfiguration.OFF.equalsIgnoreCase(
                environment.getOrDefault("SYNC_ORGANIZATION_MAPPING_FILE", "").trim());
    }

    private static void checkPort(String name, String value, List<String> problems) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                problems.add(name + ": " + port + " is not a port (0 to 65535)");
            }
        } catch (NumberFormatException e) {
            problems.add(name + ": '" + value + "' is not a port number");
        }
    }

    /** A file's own problems, one line each, after the variable that names it. */
    private static void settingsFile(String variable, List<String> problems, Runnable load) {
        try {
            load.run();
        } catch (SettingsException e) {
            String[] lines = e.getMessage().split("\n\\s*-\\s*");
            if (lines.length == 1) {
                problems.add(variable + ": " + lines[0]);
            }
            for (int i = 1; i < lines.length; i++) {
                problems.add(variable + ": " + lines[0].replaceFirst(":$", "") + ": " + lines[i]);
            }
        }
    }

    private static void present(Map<String, String> environment, String name, Consumer<String> check) {
        String value = environment.get(name);
        if (value != null && !value.isBlank()) {
            check.accept(value.trim());
        }
    }
}
