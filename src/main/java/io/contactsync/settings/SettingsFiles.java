package io.contactsync.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

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
        } catch (UnrecognizedPropertyException e) {
            // no line: the YAML parser has read past the key by the time it is found unknown
            throw new SettingsException(location + ": unknown key '" + keyPath(e) + "' (known: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList() + ")", e);
        } catch (InvalidFormatException e) {
            String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? " (one of " + Arrays.toString(e.getTargetType().getEnumConstants()) + ")" : "";
            throw new SettingsException(location + ": '" + e.getValue() + "' is not a valid value of '" + keyPath(e)
                    + "'" + line(e) + allowed, e);
        } catch (MismatchedInputException e) {
            throw new SettingsException(location + ": '" + keyPath(e) + "'" + line(e) + " has the wrong shape ("
                    + e.getOriginalMessage() + ")", e);
        } catch (JsonProcessingException e) {
            throw new SettingsException(location + " is not valid YAML" + line(e), e);
        } catch (IOException e) {
            throw new SettingsException("Cannot read settings file " + location + ": " + e.getMessage(), e);
        }
    }

    /** The key as the user wrote it, e.g. {@code fieldPolicies.email}. */
    private static String keyPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " at line " + e.getLocation().getLineNr();
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
