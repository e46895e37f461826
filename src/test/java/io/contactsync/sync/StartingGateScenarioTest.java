package io.contactsync.sync;

import io.contactsync.testing.PlainHttp;
import io.contactsync.config.ConnectionSettings;
import io.contactsync.config.SyncMain;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.RoutePolicySupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server port while the routes start (held here by a route that starts first and waits): a call answers 503
 * with a JSON reason, not the router's HTML 404; once every route runs it is answered as usual.
 */
class StartingGateScenarioTest {

    private final HttpClient http = PlainHttp.client();

    @TempDir
    Path data;

    @Test
    void aCallWhileTheRoutesStartAnswers503WithAReasonThenTheApiAnswers() throws Exception {
        CountDownLatch routesMayStart = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.onFreePorts())) {
            Main main = SyncMain.create(ConnectionSettings.forSandbox(sandbox), Map.of(
                    "SYNC_SCHEDULE", "off",
                    "SYNC_CLUSTER_DIR", data.resolve("cluster").toString(),
                    "SYNC_DB_URL", "jdbc:h2:file:" + data.resolve("contact-sync").toAbsolutePath()));
            int port = SyncHarness.freePort();
            main.addOverrideProperty("camel.server.port", String.valueOf(port));
            main.addOverrideProperty("camel.management.port", String.valueOf(SyncHarness.freePort()));
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:hold-start").routeId("hold-start").startupOrder(1)
                            .routePolicy(new RoutePolicySupport() {
                                @Override
                                public void onStart(Route route) {
                                    holding.countDown();
                                    try {
                                        routesMayStart.await(30, TimeUnit.SECONDS);
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                }
                            }).log("never called");
                }
            });
            AtomicReference<Exception> failed = new AtomicReference<>();
            CompletableFuture<Void> started = CompletableFuture.runAsync(() -> {
                try {
                    main.start();
                } catch (Exception e) {
                    failed.set(e);
                }
            });
            try {
                assertThat(holding.await(60, TimeUnit.SECONDS)).as("the routes started").isTrue();
                HttpResponse<String> starting = await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                        .until(() -> get(port, "/api/runs"), response -> response != null);

                assertThat(starting.statusCode()).isEqualTo(503);
                assertThat(starting.headers().firstValue("Content-Type")).contains("application/json");
                assertThat(SandboxApis.JSON.readTree(starting.body()).path("error").asText()).contains("starting");

                routesMayStart.countDown();
                started.get(60, TimeUnit.SECONDS);
                assertThat(failed.get()).isNull();
                assertThat(get(port, "/api/runs").statusCode()).isEqualTo(200);
            } finally {
                routesMayStart.countDown();
                main.stop();
            }
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
