package io.contactsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The REST API versions the emulator answers: 31.0 (Summer '14) to 62.0 (Winter '25). */
final class ApiVersions {

    static final int OLDEST = 31;
    static final int NEWEST = 62;
    private static final String[] SEASONS = {"Summer", "Winter", "Spring"};

    private ApiVersions() {
    }

    /** The version number of a path segment like {@code v56.0}, if it is one the emulator serves. */
    static Optional<Integer> parse(String segment) {
        if (segment == null || !segment.startsWith("v") || !segment.endsWith(".0")) {
            return Optional.empty();
        }
        try {
            int major = Integer.parseInt(segment.substring(1, segment.length() - 2));
            return major >= OLDEST && major <= NEWEST ? Optional.of(major) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The body of {@code GET /services/data/}: one entry per version, oldest first. */
    static List<Map<String, String>> listing() {
        List<Map<String, String>> versions = new ArrayList<>();
        for (int major = OLDEST; major <= NEWEST; major++) {
            int release = major - OLDEST;
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("label", SEASONS[release % 3] + " '" + (14 + (release + 2) / 3));
            entry.put("url", "/services/data/v" + major + ".0");
            entry.put("version", major + ".0");
            versions.add(entry);
        }
        return versions;
    }
}
