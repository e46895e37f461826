package io.contactsync.sync;

import io.contactsync.testing.PlainHttp;
import io.contactsync.api.HawtioConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Hawtio console on the server port: its files, deep links, and Jolokia of the management server forwarded on
 * the console's own origin; outside the sandbox all of it behind the admin token.
 */
class HawtioServingScenarioTest {

    @TempDir
    Path data;
    final HttpClient http = PlainHttp.client();

    /** Jolokia on a management server on a free port, as application.properties has it on 9876. */
    static Map<String, String> withManagementServer(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("camel.management.enabled", "true");
        all.put("camel.management.port", String.valueOf(SyncHarness.freePort()));
        all.put("camel.management.path", "/");
        all.put("camel.management.jolokia-enabled", "true");
        all.put("camel.main.jmx-enabled", "true");
        return all;
    }

    @Test
    void inTheSandboxTheConsoleAndItsJolokiaNeedNoToken() {
        assumeTrue(new HawtioConsole().built(), "the console was not built (npm not found)");
        try (SyncHarness sync = new SyncHarness(data, Map.of(), withManagementServer(Map.of()))) {
            HttpResponse<String> page = get(sync, "/hawtio", null, "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.body()).contains("<base href=\"/hawtio/\">", "<script type=\"module\" src=\"index.js\">");

            HttpResponse<String> script = get(sync, "/hawtio/index.js", null, "*/*");
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            String etag = script.headers().firstValue("ETag").orElseThrow();
            assertThat(send(sync, request(sync, "/hawtio/index.js", null, "*/*").header("If-None-Match", etag)
                    .GET()).statusCode()).as("unchanged file, not sent again").isEqualTo(304);

            assertThat(get(sync, "/hawtio/hawtconfig.json", null, "*/*").body()).contains("\"appName\": \"contact-sync\"");
            assertThat(get(sync, "/hawtio/camel/routes", null, "text/html,application/xhtml+xml").body())
                    .as("a deep link the browser reloads").contains("<base href=\"/hawtio/\">");
            assertThat(get(sync, "/hawtio/auth/config", null, "*/*").statusCode())
                    .as("a full Hawtio's backend call").isEqualTo(404);
            assertThat(get(sync, "/hawtio/files.txt", null, "*/*").statusCode()).isEqualTo(404);
            assertThat(get(sync, "/hawtio/../application.properties", null, "*/*").statusCode()).isEqualTo(404);

            HttpResponse<String> version = get(sync, "/hawtio/jolokia/version", null, "*/*");
            assertThat(version.statusCode()).isEqualTo(200);
            assertThat(version.body()).contains("\"agent\"", "\"status\":200");

            sync.runCycle();
            HttpResponse<String> count = post(sync, "/hawtio/jolokia/?ignoreErrors=true", null, readRouteCount(sync));
            assertThat(count.statusCode()).isEqualTo(200);
            assertThat(count.body()).contains("\"value\":1,", "\"status\":200");
        }
    }

    @Test
    void outsideTheSandboxTheConsoleAndItsJolokiaNeedTheAdminToken() {
        String basicWithToken = "Basic " + Base64.getEncoder().encodeToString("ops:s3cret".getBytes(StandardCharsets.UTF_8));
        String basicWrong = "Basic " + Base64.getEncoder().encodeToString("ops:wrong".getBytes(StandardCharsets.UTF_8));
        try (SyncHarness sync = new SyncHarness(data, Map.of("SYNC_ADMIN_TOKEN", "s3cret"),
                withManagementServer(AdminAuthScenarioTest.AS_IF_REAL_SYSTEMS))) {
            for (String path : new String[] {"/hawtio", "/hawtio/index.js", "/hawtio/camel/routes", "/hawtio/jolokia/version"}) {
                HttpResponse<String> refused = get(sync, path, null, "text/html");
                assertThat(refused.statusCode()).as(path).isEqualTo(401);
                assertThat(refused.headers().firstValue("WWW-Authenticate")).as(path)
                        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
                assertThat(refused.body()).as(path).doesNotContain("<html", "agent");
                assertThat(get(sync, path, "Bearer wrong", "text/html").statusCode()).as(path).isEqualTo(401);
                assertThat(get(sync, path, basicWrong, "text/html").statusCode()).as(path).isEqualTo(401);
            }
            assertThat(post(sync, "/hawtio/jolokia/", null, readRouteCount(sync)).statusCode()).isEqualTo(401);
            assertThat(post(sync, "/hawtio/jolokia/", basicWrong, readRouteCount(sync)).statusCode()).isEqualTo(401);

            HttpResponse<String> version = get(sync, "/hawtio/jolokia/version", "Bearer s3cret", "*/*");
            assertThat(version.statusCode()).isEqualTo(200);
            assertThat(version.body()).contains("\"agent\"");
            HttpResponse<String> count = post(sync, "/hawtio/jolokia/", basicWithToken, readRouteCount(sync));
            assertThat(count.statusCode()).isEqualTo(200);
            assertThat(count.body()).contains("\"value\":0,");
            if (new HawtioConsole().built()) {
                assertThat(get(sync, "/hawtio/", basicWithToken, "text/html").body()).contains("<base href=\"/hawtio/\">");
            }
        }
    }

    @Test
    void outsideTheSandboxWithoutATokenTheConsoleIsNotOpened() {
        try (SyncHarness sync = new SyncHarness(data, Map.of(),
                withManagementServer(AdminAuthScenarioTest.AS_IF_REAL_SYSTEMS))) {
            assertThat(get(sync, "/hawtio/", "Bearer anything", "text/html").statusCode()).isEqualTo(404);
            assertThat(get(sync, "/hawtio/jolokia/version", "Bearer anything", "*/*").statusCode()).isEqualTo(404);
            assertThat(sync.context().getRoutes()).noneMatch(route -> route.getRouteId().startsWith("hawtio-"));
        }
    }

    /** A Jolokia read of the sync-cycle route's exchange count, as JSON. */
    private static String readRouteCount(SyncHarness sync) {
        return "{\"type\":\"read\",\"mbean\":\"" + sync.routeMBean("sync-cycle").replace("\"", "\\\"")
                + "\",\"attribute\":\"ExchangesTotal\"}";
    }

    private HttpResponse<String> get(SyncHarness sync, String path, String authorization, String accept) {
        return send(sync, request(sync, path, authorization, accept).GET());
    }

    private HttpResponse<String> post(SyncHarness sync, String path, String authorization, String json) {
        return send(sync, request(sync, path, authorization, "*/*").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(SyncHarness sync, String path, String authorization, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sync.adminUrl() + path)).header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private HttpResponse<String> send(SyncHarness sync, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
