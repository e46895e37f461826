package io.contactsync.api;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator dashboard's files ({@code web/} on the classpath), served by {@code routes/dashboard.camel.yaml}.
 * Only the files named here are served: Camel's own {@code camel.server.staticEnabled} would also serve every
 * file of the working directory (the H2 database under {@code ./data}) and of the classpath.
 */
public final class DashboardFiles {

    static final List<String> NAMES = List.of("index.html", "dashboard.js", "dashboard.css");

    private final Map<String, WebFile> files = new LinkedHashMap<>();

    /** Reads every file now, so that a build missing one fails at start-up rather than on a request. */
    public DashboardFiles() {
        NAMES.forEach(name -> files.put(name, WebFile.load("web/" + name).orElseThrow(
                () -> new IllegalStateException("dashboard file missing from the build: web/" + name))));
    }

    public Optional<WebFile> find(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** Answers the file named by the {@code file} header, or 404 with {@code {"error": ...}}. */
    public void serve(Exchange exchange) {
        Message message = exchange.getMessage();
        String name = message.getHeader("file", String.class);
        find(name).ifPresentOrElse(file -> file.answer(message),
                () -> WebFile.notFound(message, "no dashboard file '" + name + "'"));
    }
}
