package io.contactsync.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.config.ConnectionSettings;
import io.contactsync.config.SyncMain;
import io.contactsync.sandbox.SandboxSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the application itself says about the settings a deployment must match: the Camel properties of
 * {@code application.properties} over Camel Main's own defaults, and the environment variables it reads.
 */
final class ApplicationSettings {

    /** {@code {{env:NAME:default}}}: the variable's name and the value when it is unset. */
    static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\{\\{env:([A-Z0-9_]+):?(.*?)}}");
    private static final Path APPLICATION_PROPERTIES = RepositoryManifests.ROOT.resolve("src/main/resources/application.properties");
    private static final String CAMEL_MAIN_METADATA = "META-INF/camel-main-configuration-metadata.json";

    private final Map<String, String> properties;
    private final Map<String, String> camelDefaults;

    private ApplicationSettings(Map<String, String> properties, Map<String, String> camelDefaults) {
        this.properties = properties;
        this.camelDefaults = camelDefaults;
    }

    static ApplicationSettings load(Path applicationProperties) {
        Properties file = new Properties();
        try (InputStream in = Files.newInputStream(applicationProperties)) {
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new java.util.HashMap<>();
        file.stringPropertyNames().forEach(key -> properties.put(relaxed(key),
                ENV_PLACEHOLDER.matcher(file.getProperty(key).trim()).replaceAll("$2")));
        return new ApplicationSettings(properties, camelMainDefaults());
    }

    /** A Camel property as the application runs with it: its own value, else Camel Main's default. */
    String camel(String key) {
        String relaxed = relaxed(key);
        String value = properties.getOrDefault(relaxed, camelDefaults.get(relaxed));
        if (value == null) {
            throw new IllegalArgumentException("Neither application.properties nor Camel Main knows " + key);
        }
        return value;
    }

    boolean camelFlag(String key) {
        return Boolean.parseBoolean(camel(key));
    }

    int camelInt(String key) {
        return Integer.parseInt(camel(key));
    }

    /** A path served by the management server: its context path and then the feature's path. */
    String managementPath(String featurePathKey) {
        String contextPath = camel("camel.management.path").replaceAll("/+$", "");
        return contextPath + camel(featurePathKey);
    }

    /**
     * The environment variables the sync reads at start: those {@code application.properties} maps to settings
     * ({@code {{env:NAME:default}}}), and the names {@link ConnectionSettings} and {@link SyncMain} look up in the
     * environment they are given, recorded while they build the Camel Main.
     */
    static Set<String> environmentVariablesRead() {
        RecordingEnvironment environment = new RecordingEnvironment();
        ConnectionSettings.fromEnvironment(environment);
        ConnectionSettings configured = new ConnectionSettings(
                new ConnectionSettings.Salesforce("https://login.invalid", "id", "secret", null, null, null),
                new ConnectionSettings.Genesys("https://login.invalid", "https://api.invalid", "id", "secret"), false);
        SyncMain.create(configured, environment);
        Set<String> read = new TreeSet<>(environment.read);
        read.addAll(mappedInApplicationProperties());
        return read;
    }

    /** The variables the embedded sandbox (the demo, {@code sandbox}) reads. */
    static Set<String> sandboxVariablesRead() {
        RecordingEnvironment environment = new RecordingEnvironment();
        SandboxSettings.from(new String[0], environment);
        return environment.read;
    }

    /** The variables named by {@code {{env:...}}} placeholders in the settings (comments left out). */
    static Set<String> mappedInApplicationProperties() {
        try (Stream<String> lines = Files.lines(APPLICATION_PROPERTIES)) {
            return lines.filter(line -> !line.trim().startsWith("#"))
                    .flatMap(line -> ENV_PLACEHOLDER.matcher(line).results().map(match -> match.group(1)))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Camel accepts {@code health-check-enabled} and {@code healthCheckEnabled} for the same property. */
    private static String relaxed(String key) {
        return key.replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> camelMainDefaults() {
        try (InputStream in = ApplicationSettings.class.getClassLoader().getResourceAsStream(CAMEL_MAIN_METADATA)) {
            Map<String, String> defaults = new java.util.HashMap<>();
            for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
                if (property.hasNonNull("defaultValue")) {
                    defaults.put(relaxed(property.get("name").asText()), property.get("defaultValue").asText());
                }
            }
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty environment that remembers every name asked of it. */
    private static final class RecordingEnvironment extends AbstractMap<String, String> {
        private final Set<String> read = new TreeSet<>();

        @Override
        public String get(Object key) {
            read.add((String) key);
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            read.add((String) key);
            return false;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }
    }
}
