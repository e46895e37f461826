package io.contactsync.sync;

import io.contactsync.testing.PlainHttp;
import org.jolokia.client.JolokiaClient;
import org.jolokia.client.JolokiaClientBuilder;
import org.jolokia.client.exception.JolokiaRemoteException;
import org.jolokia.client.request.JolokiaExecRequest;
import org.jolokia.client.request.JolokiaReadRequest;
import org.jolokia.client.request.JolokiaWriteRequest;
import org.jolokia.client.response.JolokiaExecResponse;
import org.jolokia.client.response.JolokiaReadResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Jolokia on {@code /observe/jolokia}, read with the Jolokia Java client as Hawtio reads it: route statistics are
 * readable; operations and writes that change the running sync are refused (jolokia-access.xml). Outside the
 * sandbox it answers nothing without the admin token, like {@code /hawtio/jolokia}.
 */
class JolokiaScenarioTest {

    private static final HttpClient HTTP = PlainHttp.client();

    @TempDir
    Path data;
    SyncHarness sync;
    JolokiaClient jolokia;

    String syncCycle;

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.seedBoth(Map.of("count", 4, "seed", 7, "sharedShare", 0.5, "differingShare", 0.0));
        jolokia = new JolokiaClientBuilder().url(sync.managementUrl() + "/observe/jolokia").build();
        syncCycle = sync.routeMBean("sync-cycle");
    }

    @AfterEach
    void stop() throws Exception {
        jolokia.close();
        sync.close();
    }

    @Test
    void routeStatisticsAreReadable() throws Exception {
        sync.runCycle();
        sync.runCycle();

        JolokiaReadResponse stats = jolokia.execute(new JolokiaReadRequest(syncCycle, "ExchangesCompleted",
                "ExchangesFailed", "TotalProcessingTime", "State"));

        assertThat(((Number) stats.getValue("ExchangesCompleted")).longValue()).isEqualTo(2);
        assertThat(((Number) stats.getValue("ExchangesFailed")).longValue()).isZero();
        assertThat(((Number) stats.getValue("TotalProcessingTime")).longValue()).isPositive();
        assertThat((String) stats.getValue("State")).isEqualTo("Started");
        // the read-only operation behind Hawtio's route diagram statistics
        for (String operation : new String[]{"dumpRouteStatsAsXml", "dumpRouteStatsAsXml(boolean,boolean)"}) {
            JolokiaExecResponse dump = jolokia.execute(new JolokiaExecRequest(syncCycle, operation, false, false));
            assertThat((String) dump.getValue()).contains("sync-cycle").contains("exchangesCompleted=\"2\"");
        }
    }

    @Test
    void operationsAndWritesThatChangeTheSyncAreRefused() throws Exception {
        JolokiaRemoteException stop = catchThrowableOfType(JolokiaRemoteException.class,
                () -> jolokia.execute(new JolokiaExecRequest(syncCycle, "stop()")));
        JolokiaRemoteException write = catchThrowableOfType(JolokiaRemoteException.class,
                () -> jolokia.execute(new JolokiaWriteRequest(syncCycle, "TracingPattern", "*")));

        assertThat(stop).isNotNull();
        assertThat(stop.getStatus()).isEqualTo(403);
        assertThat(write).isNotNull();
        assertThat(write.getStatus()).isEqualTo(403);
        JolokiaReadResponse state = jolokia.execute(new JolokiaReadRequest(syncCycle, "State"));
        assertThat((String) state.getValue()).as("still running").isEqualTo("Started");
        assertThat(sync.runCycle().status()).isEqualTo("SUCCEEDED");
    }

    @Test
    void outsideTheSandboxEveryJolokiaRequestNeedsTheAdminToken() throws Exception {
        sync.close();
        sync = new SyncHarness(data, Map.of("SYNC_ADMIN_TOKEN", "s3cret"), AdminAuthScenarioTest.AS_IF_REAL_SYSTEMS);
        String jolokiaUrl = sync.managementUrl() + "/observe/jolokia";
        syncCycle = sync.routeMBean("sync-cycle");
        String basicWithToken = "Basic " + Base64.getEncoder().encodeToString("ops:s3cret".getBytes(StandardCharsets.UTF_8));

        for (String path : new String[] {"/version", "/read/java.lang:type=Memory/HeapMemoryUsage", "/list",
                "/search/org.apache.camel:*"}) {
            HttpResponse<String> refused = get(jolokiaUrl + path, null);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).as(path)
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
            assertThat(refused.body()).as(path).doesNotContain("agent", "HeapMemoryUsage", "value");
            assertThat(get(jolokiaUrl + path, "Bearer wrong").statusCode()).as(path).isEqualTo(401);
        }
        try (JolokiaClient withToken = new JolokiaClientBuilder().url(jolokiaUrl).user("ops").password("s3cret").build()) {
            JolokiaReadResponse state = withToken.execute(new JolokiaReadRequest(syncCycle, "State"));
            assertThat((String) state.getValue()).isEqualTo("Started");
        }
        assertThat(get(jolokiaUrl + "/version", "Bearer s3cret").body()).contains("\"agent\"");
        assertThat(get(sync.adminUrl() + "/hawtio/jolokia/version", basicWithToken).statusCode())
                .as("the console's proxy passes the caller's token on").isEqualTo(200);
    }

    @Test
    void outsideTheSandboxWithoutATokenJolokiaAnswersNothing() throws Exception {
        sync.close();
        sync = new SyncHarness(data, Map.of(), AdminAuthScenarioTest.AS_IF_REAL_SYSTEMS);

        HttpResponse<String> refused = get(sync.managementUrl() + "/observe/jolokia/list", "Bearer anything");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("org.apache.camel");
    }

    private static HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
