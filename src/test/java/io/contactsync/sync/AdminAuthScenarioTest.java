package io.contactsync.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.contactsync.testing.LogCapture;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static io.contactsync.sync.ConflictApiScenarioTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Outside the sandbox the admin API needs the bearer token, and is not opened at all without one. */
class AdminAuthScenarioTest {

    static final Map<String, String> AS_IF_REAL_SYSTEMS = Map.of("sync.sandbox", "false");

    @TempDir
    Path data;

    @Test
    void everyCallNeedsTheAdminTokenOutsideTheSandbox() {
        try (SyncHarness sync = new SyncHarness(data, Map.of("SYNC_ADMIN_TOKEN", "s3cret"), AS_IF_REAL_SYSTEMS)) {
            assertRefused(new AdminClient(sync.adminUrl()).get("/api/runs"), 401, "missing Authorization");
            assertRefused(new AdminClient(sync.adminUrl(), "Bearer wrong").get("/api/conflicts"), 401, "not the admin token");
            assertRefused(new AdminClient(sync.adminUrl(), "s3cret").post("/api/sync/run", null), 401,
                    "not the admin token");
            assertThat(sync.store().runs().recent(5)).isEmpty();

            AdminClient admin = new AdminClient(sync.adminUrl(), "Bearer s3cret");
            assertThat(admin.get("/api/runs").status()).isEqualTo(200);
            assertThat(admin.post("/api/sync/run", null).status()).isEqualTo(200);
            assertThat(admin.get("/api/dead-letters").status()).isEqualTo(200);
        }
    }

    @Test
    void withoutATokenOutsideTheSandboxTheAdminApiIsNotOpened() {
        try (SyncHarness sync = new SyncHarness(data, Map.of(), AS_IF_REAL_SYSTEMS)) {
            assertThat(new AdminClient(sync.adminUrl()).get("/api/runs").status()).isEqualTo(404);
            assertThat(new AdminClient(sync.adminUrl(), "Bearer anything").post("/api/sync/run", null).status())
                    .isEqualTo(404);
            assertThat(sync.context().getRoutes()).noneMatch(route -> route.getRouteId().startsWith("api-"));
            assertThat(sync.context().getRoute("sync-cycle")).isNotNull();
            assertThat(sync.store().runs().recent(5)).isEmpty();
        }
    }

    @Test
    void inTheSandboxNoTokenIsNeeded() {
        try (SyncHarness sync = new SyncHarness(data)) {
            assertThat(new AdminClient(sync.adminUrl()).get("/api/runs").status()).isEqualTo(200);
        }
    }

    @Test
    void anUnauthenticatedHugeFormIsRefusedBeforeParsingWithAtMostOneLogLine() throws Exception {
        try (SyncHarness sync = new SyncHarness(data, Map.of("SYNC_ADMIN_TOKEN", "s3cret"), AS_IF_REAL_SYSTEMS);
             LogCapture log = LogCapture.start()) {
            HttpRequest form = HttpRequest.newBuilder(URI.create(sync.adminUrl() + "/api/sync/run"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("note=" + "x".repeat(10 * 1024 * 1024))).build();

            HttpRequest.Builder json = HttpRequest.newBuilder(URI.create(sync.adminUrl() + "/api/sync/run"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer s3cret")
                    .POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(2 * 1024 * 1024) + "\""));

            HttpResponse<String> answer = send(form);
            HttpResponse<String> withToken = send(HttpRequest.newBuilder(form, (name, value) -> true)
                    .header("Authorization", "Bearer s3cret").build());
            HttpResponse<String> tooLarge = send(json.build());

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).contains("missing Authorization");
            assertThat(withToken.statusCode()).isEqualTo(415);
            assertThat(withToken.body()).contains("takes JSON");
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(String.join("", log.lines()).lines().count()).as(String.join("", log.lines())).isLessThanOrEqualTo(1);
            assertThat(sync.store().runs().recent(5)).isEmpty();
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
