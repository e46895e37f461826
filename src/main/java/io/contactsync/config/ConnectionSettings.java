package io.contactsync.config;

import io.contactsync.genesys.GenesysRegion;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to reach Salesforce and Genesys Cloud: from the environment variables of DESIGN.md §6, or, when
 * neither system is configured, from the embedded sandbox. Configuring only one of the two is an error:
 * syncing a real system against an emulator would be a mistake nobody intends.
 */
public record ConnectionSettings(Salesforce salesforce, Genesys genesys, boolean sandbox) {

    private static final String DEFAULT_REGION = "us_east_1";

    public record Salesforce(String loginUrl, String clientId, String clientSecret, String username,
                             String password, String refreshToken) {

        boolean configured() {
            return present(clientId);
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (!present(clientSecret) && !present(refreshToken)) {
                problems.add("SALESFORCE_CLIENT_SECRET (or SALESFORCE_REFRESH_TOKEN) is not set");
            }
            if (present(username) != present(password)) {
                problems.add("SALESFORCE_USERNAME and SALESFORCE_PASSWORD must be set together");
            }
            return problems;
        }

        /** The authentication camel-salesforce will use: password, then refresh token, then client credentials. */
        public String authenticationType() {
            if (present(username)) {
                return "USERNAME_PASSWORD";
            }
            return present(refreshToken) ? "REFRESH_TOKEN" : "CLIENT_CREDENTIALS";
        }
    }

    public record Genesys(String loginUrl, String apiUrl, String clientId, String clientSecret) {

        boolean configured() {
            return present(clientId);
        }

        List<String> problems() {
            return present(clientSecret) ? List.of() : List.of("GENESYS_CLIENT_SECRET is not set");
        }

        public String tokenUrl() {
            return loginUrl + "/oauth/token";
        }
    }

    /**
     * Reads the environment.
     *
     * @return empty settings with {@code sandbox == true} and null systems when nothing is configured
     * @throws IllegalArgumentException naming every missing or inconsistent variable
     */
    public static ConnectionSettings fromEnvironment(Map<String, String> env) {
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Incomplete connection settings: " + String.join("; ", problems));
        }
        Salesforce salesforce = salesforce(env);
        Genesys genesys = genesys(env, GenesysRegion.parse(env.getOrDefault("GENESYS_REGION", DEFAULT_REGION)));
        boolean sandbox = !salesforce.configured() && !genesys.configured();
        return sandbox ? new ConnectionSettings(null, null, true) : new ConnectionSettings(salesforce, genesys, false);
    }

    /** Every missing or inconsistent variable, one line each naming it; empty when usable (or nothing is set). */
    public static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        GenesysRegion region;
        try {
            region = GenesysRegion.parse(env.getOrDefault("GENESYS_REGION", DEFAULT_REGION));
        } catch (IllegalArgumentException e) {
            problems.add("GENESYS_REGION: " + e.getMessage());
            region = GenesysRegion.parse(DEFAULT_REGION);
        }
        Salesforce salesforce = salesforce(env);
        Genesys genesys = genesys(env, region);
        if (!salesforce.configured() && !genesys.configured()) {
            return problems;
        }
        if (!salesforce.configured()) {
            problems.add("SALESFORCE_CLIENT_ID is not set (Genesys Cloud is configured, Salesforce is not)");
        } else {
            problems.addAll(salesforce.problems());
        }
        if (!genesys.configured()) {
            problems.add("GENESYS_CLIENT_ID is not set (Salesforce is configured, Genesys Cloud is not)");
        } else {
            problems.addAll(genesys.problems());
        }
        return problems;
    }

    private static Salesforce salesforce(Map<String, String> env) {
        return new Salesforce(
                trimTrailingSlash(env.getOrDefault("SALESFORCE_LOGIN_URL", "https://login.salesforce.com")),
                env.get("SALESFORCE_CLIENT_ID"), env.get("SALESFORCE_CLIENT_SECRET"), env.get("SALESFORCE_USERNAME"),
                env.get("SALESFORCE_PASSWORD"), env.get("SALESFORCE_REFRESH_TOKEN"));
    }

    private static Genesys genesys(Map<String, String> env, GenesysRegion region) {
        return new Genesys(
                trimTrailingSlash(env.getOrDefault("GENESYS_LOGIN_URL", region.loginUrl())),
                trimTrailingSlash(env.getOrDefault("GENESYS_API_URL", region.apiUrl())),
                env.get("GENESYS_CLIENT_ID"), env.get("GENESYS_CLIENT_SECRET"));
    }

    /** Both systems in the running sandbox, with its demo credentials (password login on Salesforce). */
    public static ConnectionSettings forSandbox(Sandbox sandbox) {
        SandboxSettings.Salesforce sf = sandbox.settings().salesforce();
        SandboxSettings.Genesys gc = sandbox.settings().genesys();
        return new ConnectionSettings(
                new Salesforce(sandbox.salesforce().baseUrl(), sf.clientId(), sf.clientSecret(), sf.username(),
                        sf.password(), null),
                new Genesys(sandbox.genesys().baseUrl(), sandbox.genesys().baseUrl(), gc.clientId(), gc.clientSecret()),
                true);
    }

    /** The settings as Camel properties, for the salesforce component and the Genesys beans. */
    public Map<String, String> asCamelProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.salesforce.loginUrl", salesforce.loginUrl());
        properties.put("camel.component.salesforce.clientId", salesforce.clientId());
        putIfPresent(properties, "camel.component.salesforce.clientSecret", salesforce.clientSecret());
        putIfPresent(properties, "camel.component.salesforce.userName", salesforce.username());
        putIfPresent(properties, "camel.component.salesforce.password", salesforce.password());
        putIfPresent(properties, "camel.component.salesforce.refreshToken", salesforce.refreshToken());
        properties.put("camel.component.salesforce.authenticationType", salesforce.authenticationType());
        properties.put("genesys.login-url", genesys.loginUrl());
        properties.put("genesys.api-url", genesys.apiUrl());
        properties.put("genesys.client-id", genesys.clientId());
        properties.put("genesys.client-secret", genesys.clientSecret());
        return properties;
    }

    private static void putIfPresent(Map<String, String> properties, String key, String value) {
        if (present(value)) {
            properties.put(key, value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
