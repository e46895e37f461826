package io.contactsync.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchReportTest {

    @ParameterizedTest
    @CsvSource({
            "GET /services/data/{version}/query, false",
            "POST /services/oauth2/token, false",
            "POST /oauth/token, false",
            "POST /api/v2/externalcontacts/bulk/contacts, false",
            "POST /api/v2/externalcontacts/bulk/contacts/update, true",
            "PATCH /services/data/{version}/composite/sobjects, true",
            "PUT /api/v2/externalcontacts/contacts/{id}, true",
            "DELETE /services/data/{version}/sobjects/{sobject}/{id}, true",
    })
    void writesAreTheCallsThatChangeData(String endpoint, boolean write) {
        assertThat(Measurement.isWrite(endpoint)).isEqualTo(write);
    }

    @Test
    void largestFitIsTheBudgetLessTheFixedCallsOverTheScanPagesPerContact() {
        Measurement m = measurement(Measurement.CONTACT_SYNC, "incremental", 100,
                Map.of(BenchReport.SCAN, 750L, "POST /oauth/token", 1L, "POST /api/v2/externalcontacts/bulk/contacts", 1L,
                        "POST /api/v2/externalcontacts/bulk/contacts/update", 1L), 150_000);
        BenchReport.ScheduleFit fit = BenchReport.fit(m, 9_000L);
        assertThat(fit.budget()).isEqualTo(1500);
        assertThat(fit.largestGenesysContacts()).isEqualTo((1500 - 3) * 150_000L / 750);
    }

    @Test
    void ratiosPairEachContactSyncWorkloadWithTheBaselines() {
        Measurement sync = measurement(Measurement.CONTACT_SYNC, "incremental", 100, Map.of("GET /a", 10L), 10);
        Measurement baseline = measurement(Measurement.BASELINE, "incremental", 100, Map.of("GET /a", 250L), 10);
        BenchReport report = BenchReport.of(Map.of(), List.of(sync, baseline));
        assertThat(report.ratios()).singleElement().satisfies(r -> {
            assertThat(r.calls()).isEqualTo(0.04);
            assertThat(r.baselineCallsPerContactSyncCall()).isEqualTo(25.0);
            assertThat(r.time()).isEqualTo(1.0);
        });
        assertThat(report.scheduleFits()).isEmpty();
    }

    private static Measurement measurement(String sync, String workload, int k, Map<String, Long> genesysCalls,
                                           int genesysContacts) {
        return new Measurement(sync, workload, 1000, k, 2000, Map.of(), genesysCalls, 0, "", 0, genesysContacts);
    }
}
