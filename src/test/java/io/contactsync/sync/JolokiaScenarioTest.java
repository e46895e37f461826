package io.contactsync.sync;

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

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Jolokia on {@code /observe/jolokia}, read with the Jolokia Java client as Hawtio reads it: route statistics are
 * readable; operations and writes that change the running sync are refused (jolokia-access.xml).
 */
class JolokiaScenarioTest {

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
}
