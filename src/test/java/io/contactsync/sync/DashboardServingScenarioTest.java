package io.contactsync.sync;

import io.contactsync.testing.PlainHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's files on the server port beside the admin API, and nothing else of the disk or classpath. */
class DashboardServingScenarioTest {

    @TempDir
    static Path data;
    static SyncHarness sync;
    static final HttpClient http = PlainHttp.client();

    @BeforeAll
    static void start() {
        sync = new SyncHarness(data);
    }

    @AfterAll
    static void stop() {
        sync.close();
    }

    @ParameterizedTest
    @CsvSource({
            "/,                        text/html; charset=utf-8,       <script src=\"/dashboard/dashboard.js\"",
            "/dashboard/dashboard.js,  text/javascript; charset=utf-8, /api/sync/run",
            "/dashboard/dashboard.css, text/css; charset=utf-8,        #run-chart"})
    void servesThePageItsScriptAndItsStyle(String path, String contentType, String excerpt) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
        assertThat(response.body()).contains(excerpt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pom.xml", "/application.properties", "/io/contactsync/Application.class",
            "/dashboard/application.properties", "/dashboard/..%2Fapplication.properties", "/data/contact-sync.mv.db"})
    void servesNoOtherFileOfTheWorkingDirectoryOrTheClasspath(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("camel.main", "<project");
    }

    @Test
    void theAdminApiStillAnswersBesideIt() throws Exception {
        HttpResponse<String> runs = get("/api/runs");

        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(SandboxApis.JSON.readTree(runs.body()).isArray()).isTrue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sync.adminUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
