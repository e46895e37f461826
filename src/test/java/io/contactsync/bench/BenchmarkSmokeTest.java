package io.contactsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark at a tiny size: every row and ratio is in the report (timings are not asserted). */
class BenchmarkSmokeTest {

    @TempDir
    Path out;

    @Test
    void reportsEveryWorkloadForBothSyncsWithRatios() throws Exception {
        Path json = out.resolve("bench.json");
        BenchReport report = Benchmark.run(BenchOptions.parse(new String[]{"--sizes=40", "--changes=0,6",
                "--rate-limited", "--embedded-sandbox", "--overlap=PT0.5S", "--out=" + json}));

        assertThat(report.measurements()).extracting(m -> m.sync() + " " + m.workload() + " " + m.changes())
                .containsExactly("contact-sync initial 0", "contact-sync incremental 0", "contact-sync incremental 6",
                        "contact-sync incremental, rate-limited 6",
                        "baseline initial 0", "baseline incremental 0", "baseline incremental 6");
        assertThat(report.ratios()).extracting(r -> r.workload() + " " + r.changes())
                .containsExactly("initial 0", "incremental 0", "incremental 6");
        assertThat(report.ratios()).allSatisfy(r -> assertThat(r.calls()).isPositive());
        // 40 per side, 20 of them shared: both syncs leave the 60 people on both sides
        assertThat(report.measurements()).allSatisfy(m -> {
            assertThat(m.salesforceContacts()).as(m.sync() + " " + m.workload()).isEqualTo(60);
            assertThat(m.genesysContacts()).as(m.sync() + " " + m.workload()).isEqualTo(60);
        });
        Measurement quiet = report.measurements().get(1);
        assertThat(quiet.salesforceWrites() + quiet.genesysWrites()).as("write calls of a quiet cycle").isZero();
        assertThat(report.scheduleFits()).singleElement().satisfies(f -> {
            assertThat(f.changes()).isEqualTo(6);
            assertThat(f.scanCalls()).isPositive();
            assertThat(f.largestGenesysContacts()).isPositive();
        });
        assertThat(report.table()).contains("contact-sync / baseline", "most Genesys contacts whose cycle fits", "GET /api/v2/externalcontacts/scan");

        JsonNode written = EmulatorClient.JSON.readTree(json.toFile());
        assertThat(written.path("measurements")).hasSize(7);
        assertThat(written.path("ratios")).hasSize(3);
        assertThat(written.path("measurements").get(0).path("salesforceCalls").size()).isPositive();
        assertThat(List.of("totalCalls", "peakHeapBytes", "contactsPerSecond"))
                .allMatch(field -> written.path("measurements").get(0).has(field));
    }

    /** {@code --fields=30}: the custom fields are declared, filled on both sides, and synced with the rest. */
    @Test
    void aRunWithThirtyMappedFieldsSyncsTheCustomOnesToo() throws Exception {
        BenchReport report = Benchmark.run(BenchOptions.parse(new String[]{"--sizes=20", "--changes=0",
                "--embedded-sandbox", "--overlap=PT0.5S", "--syncs=contact-sync", "--fields=30",
                "--out=" + out.resolve("fields.json")}));

        assertThat(report.environment()).containsEntry("mappedFields", 30);
        Measurement initial = report.measurements().get(0);
        assertThat(initial.outcome()).startsWith("SUCCEEDED").contains("errors 0");
        assertThat(initial.salesforceContacts()).isEqualTo(30);
        Measurement quiet = report.measurements().get(1);
        assertThat(quiet.salesforceWrites() + quiet.genesysWrites()).as("write calls of a quiet cycle").isZero();
    }
}
