package io.contactsync.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Ports, demo credentials and token lifetimes of the two emulators. Defaults are the documented demo
 * values; environment variables override them, and command-line flags ({@code --salesforce-port=N},
 * {@code --genesys-port=N}, {@code --host=H}) override both.
 */
public record SandboxSettings(String host, int salesforcePort, int genesysPort, Salesforce salesforce,
                              Genesys genesys) {

    public static final int DEFAULT_SALESFORCE_PORT = 18081;
    public static final int DEFAULT_GENESYS_PORT = 18082;

    /**
     * Demo credentials of the Salesforce emulator's connected app and integration user, the org's daily
     * API request allowance ({@code /limits} DailyApiRequests Max) and its custom Contact fields.
     *
     * @param customFields the org's custom fields as a {@code POST /__sandbox/fields} body; blank for none
     */
    public record Salesforce(String clientId, String clientSecret, String username, String password,
                             Duration tokenLifetime, int dailyApiRequests, String customFields) {

        public static final int DEFAULT_DAILY_API_REQUESTS = 15_000;
        /** The sandbox org's custom Contact fields, which the packaged mappings use. */
        public static final String DEFAULT_CUSTOM_FIELDS = resource("/sandbox/salesforce-contact-fields.json");

        public Salesforce(String clientId, String clientSecret, String username, String password,
                          Duration tokenLifetime, int dailyApiRequests) {
            this(clientId, clientSecret, username, password, tokenLifetime, dailyApiRequests,
                    DEFAULT_CUSTOM_FIELDS);
        }

        public Salesforce(String clientId, String clientSecret, String username, String password,
                          Duration tokenLifetime) {
            this(clientId, clientSecret, username, password, tokenLifetime, DEFAULT_DAILY_API_REQUESTS);
        }
    }

    /** Demo credentials of the Genesys Cloud emulator's OAuth client. */
    public record Genesys(String clientId, String clientSecret, Duration tokenLifetime) {
    }

    public static SandboxSettings defaults() {
        return from(new String[0], Map.of());
    }

    /** Same as the defaults but on free ports, for tests. */
    public static SandboxSettings onFreePorts() {
        SandboxSettings d = defaults();
        return new SandboxSettings(d.host(), 0, 0, d.salesforce(), d.genesys());
    }

    public static SandboxSettings from(String[] args, Map<String, String> environment) {
        // the options over the environment, without copying it (a copy would hide which variables are read)
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                String key = arg.substring(2, arg.indexOf('='));
                String envName = "SANDBOX_" + key.toUpperCase().replace('-', '_');
                options.put(envName, arg.substring(arg.indexOf('=') + 1));
            }
        }
        return new SandboxSettings(
                setting(options, environment, "SANDBOX_HOST", "localhost"),
                intValue(options, environment, "SANDBOX_SALESFORCE_PORT", DEFAULT_SALESFORCE_PORT),
                intValue(options, environment, "SANDBOX_GENESYS_PORT", DEFAULT_GENESYS_PORT),
                new Salesforce(
                        setting(options, environment, "SANDBOX_SALESFORCE_CLIENT_ID", "sandbox-client-id"),
                        setting(options, environment, "SANDBOX_SALESFORCE_CLIENT_SECRET", "sandbox-client-secret"),
                        setting(options, environment, "SANDBOX_SALESFORCE_USERNAME", "integration@contact-sync.sandbox"),
                        setting(options, environment, "SANDBOX_SALESFORCE_PASSWORD", "sandbox-password"),
                        Duration.ofSeconds(intValue(options, environment, "SANDBOX_SALESFORCE_TOKEN_SECONDS", 7200)),
                        intValue(options, environment, "SANDBOX_SALESFORCE_DAILY_API_REQUESTS",
                                Salesforce.DEFAULT_DAILY_API_REQUESTS),
                        setting(options, environment, "SANDBOX_SALESFORCE_FIELDS",
                                Salesforce.DEFAULT_CUSTOM_FIELDS)),
                new Genesys(
                        setting(options, environment, "SANDBOX_GENESYS_CLIENT_ID", "sandbox-client-id"),
                        setting(options, environment, "SANDBOX_GENESYS_CLIENT_SECRET", "sandbox-client-secret"),
                        Duration.ofSeconds(intValue(options, environment, "SANDBOX_GENESYS_TOKEN_SECONDS", 86400))));
    }

    private static String resource(String name) {
        try (InputStream in = SandboxSettings.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is part of the jar", e);
        }
    }

    private static String setting(Map<String, String> options, Map<String, String> environment, String name,
                                  String defaultValue) {
        String value = options.containsKey(name) ? options.get(name) : environment.get(name);
        return value == null ? defaultValue : value;
    }

    private static int intValue(Map<String, String> options, Map<String, String> environment, String name,
                                int defaultValue) {
        String value = setting(options, environment, name, null);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }
}
