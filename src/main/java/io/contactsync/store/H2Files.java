package io.contactsync.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Where an H2 file database keeps its files, so the store can create the folder (e.g. {@code ./data}) first. */
final class H2Files {

    private static final String PREFIX = "jdbc:h2:";

    private H2Files() {
    }

    /** The folder of an embedded H2 file database; empty for other databases, in-memory and server URLs. */
    static Optional<Path> directory(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return Optional.empty();
        }
        String location = url.substring(PREFIX.length());
        int options = location.indexOf(';');
        location = options < 0 ? location : location.substring(0, options);
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:") || lower.startsWith("zip:")) {
            return Optional.empty();
        }
        if (lower.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Optional.ofNullable(Path.of(location).toAbsolutePath().getParent());
    }
}
