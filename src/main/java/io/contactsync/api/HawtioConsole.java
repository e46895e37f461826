package io.contactsync.api;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Hawtio console's files ({@code hawtio/} on the classpath, built from {@code console/} by Maven), served by
 * {@code routes/hawtio.camel.yaml} under {@code /hawtio/}. Only the files the build listed in {@code files.txt} are
 * served; a page the browser navigates to inside the console (a deep link such as {@code /hawtio/camel/routes})
 * answers {@code index.html}, as the console routes in the browser. A jar built without npm has no console: every
 * request then answers 404 saying so.
 */
public final class HawtioConsole {

    static final String PREFIX = "/hawtio/";
    static final String JOLOKIA = "/hawtio/jolokia";
    private static final String INDEX = "index.html";

    private final String folder;
    private final Set<String> names;
    private final Map<String, WebFile> loaded = new ConcurrentHashMap<>();

    public HawtioConsole() {
        this("hawtio/");
    }

    HawtioConsole(String folder) {
        this.folder = folder;
        this.names = WebFile.bytes(folder + "files.txt")
                .map(list -> new String(list, StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(name -> !name.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Whether this jar holds the console (Maven skips it where npm is missing). */
    public boolean built() {
        return !names.isEmpty();
    }

    /**
     * What a request for {@code path} (the request path, e.g. {@code /hawtio/index.js}) answers: one of the console's
     * files; {@code index.html} for the console itself and for a page inside it the browser navigates to (it asks
     * for {@code text/html}); otherwise nothing (also for the backend calls of a full Hawtio, which has none here).
     */
    public Optional<WebFile> find(String path, String accept) {
        if (!built() || path == null) {
            return Optional.empty();
        }
        if (path.equals("/hawtio") || path.equals(PREFIX)) {
            return file(INDEX);
        }
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = path.substring(PREFIX.length());
        if (names.contains(name)) {
            return file(name);
        }
        boolean page = accept != null && accept.contains("text/html") && !name.contains(".");
        return page ? file(INDEX) : Optional.empty();
    }

    /** Answers the request (its {@code CamelHttpPath} and {@code Accept} headers) with {@link #find}, or 404. */
    public void serve(Exchange exchange) {
        Message message = exchange.getMessage();
        String path = message.getHeader(Exchange.HTTP_PATH, String.class);
        find(path, message.getHeader("Accept", String.class)).ifPresentOrElse(file -> file.answer(message),
                () -> WebFile.notFound(message, built() ? "no console file '" + path + "'"
                        : "this build has no Hawtio console (npm was not found when it was built)"));
    }

    /** Whether the request goes to Jolokia: Hawtio finds it at {@code jolokia} beside its page, on its own origin. */
    public boolean isJolokia(String path) {
        return path != null && (path.equals(JOLOKIA) || path.startsWith(JOLOKIA + "/"));
    }

    /** The path of a Jolokia request below Jolokia's own address, e.g. {@code /read/java.lang:type=Memory}. */
    public String jolokiaPath(String path) {
        return path.substring(JOLOKIA.length());
    }

    private Optional<WebFile> file(String name) {
        return Optional.of(loaded.computeIfAbsent(name, n -> WebFile.load(folder + n).orElseThrow(
                () -> new IllegalStateException("console file listed but missing from the build: " + folder + n))));
    }
}
