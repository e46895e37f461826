package io.contactsync.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a YAML settings file into a typed object. A location is a file path, or {@code classpath:<resource>};
 * blank means the default resource packaged in the jar. Unknown keys are errors (enum values are case-insensitive), so a misspelt setting is caught
 * at startup instead of being silently ignored.
 */
public final class SettingsFiles {

    private static final String CLASSPATH = "classpath:";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private SettingsFiles() {
    }

    /** The location actually read: {@code location}, or {@code classpath:<defaultResource>} when blank. */
    public static String effectiveLocation(String location, String defaultResource) {
        return location == null || location.isBlank() ? CLASSPATH + defaultResource : location.trim();
    }

    /** @throws SettingsException when the file is missing, not YAML, or does not fit {@code type} */
    public static <T> T read(String location, Class<T> type) {
        try (InputStream in = open(location)) {
            T value = YAML.readValue(in, type);
            if (value == null) {
                throw new SettingsException(location + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new SettingsException("Cannot read settings file " + location + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
            InputStream in = SettingsFiles.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new SettingsException("Settings resource not found on the classpath: " + location);
            }
            return in;
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new SettingsException("Settings file not found: " + path.toAbsolutePath());
        }
        return Files.newInputStream(path);
    }
}
