package io.contactsync.api;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** One file: what the browser is told it is, and its bytes. */
    public record DashboardFile(String contentType, byte[] content) {
    }

    static final List<String> NAMES = List.of("index.html", "dashboard.js", "dashboard.css");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private final Map<String, DashboardFile> files = new LinkedHashMap<>();

    /** Reads every file now, so that a build missing one fails at start-up rather than on a request. */
    public DashboardFiles() {
        NAMES.forEach(name -> files.put(name, new DashboardFile(contentType(name), read("web/" + name))));
    }

    public Optional<DashboardFile> find(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** Answers the file named by the {@code file} header, or 404 with {@code {"error": ...}}. */
    public void serve(Exchange exchange) {
        Message message = exchange.getMessage();
        String name = message.getHeader("file", String.class);
        Optional<DashboardFile> file = find(name);
        // platform-http copies the message's headers into the response: drop the request's
        message.removeHeaders("*");
        if (file.isPresent()) {
            message.setHeader(Exchange.CONTENT_TYPE, file.get().contentType());
            message.setHeader("Cache-Control", "no-cache");
            message.setBody(file.get().content());
        } else {
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            message.setHeader(Exchange.CONTENT_TYPE, "application/json");
            message.setBody(AdminApi.JSON.createObjectNode().put("error", "no dashboard file '" + name + "'").toString());
        }
    }

    static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = CONTENT_TYPES.get(extension);
        if (type == null) {
            throw new IllegalArgumentException("no content type for dashboard file " + name);
        }
        return type;
    }

    private static byte[] read(String resource) {
        try (InputStream in = DashboardFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dashboard file missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
