package io.contactsync.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;
import java.util.Set;

/**
 * One measured cycle: which sync, which workload, how long it took, the API calls each emulator counted per
 * endpoint ("METHOD /path/template"), and the peak heap of the benchmark's JVM meanwhile.
 *
 * @param workload "initial", "incremental" or "incremental, rate-limited"
 * @param changes  contacts edited before the cycle (0 for the initial reconcile)
 * @param salesforceContacts contacts in Salesforce after the cycle (counted outside the measurement)
 * @param genesysContacts    contacts in Genesys Cloud after the cycle (counted outside the measurement)
 */
record Measurement(String sync, String workload, int contactsPerSide, int changes, long wallMillis,
                   Map<String, Long> salesforceCalls, Map<String, Long> genesysCalls, long peakHeapBytes,
                   String outcome, int salesforceContacts, int genesysContacts) {

    static final String CONTACT_SYNC = "contact-sync";
    static final String BASELINE = "baseline";

    /** Requests by POST that only read (a token, the Genesys Cloud bulk fetch and identifier lookup). */
    private static final Set<String> READS_BY_POST = Set.of("/api/v2/externalcontacts/bulk/contacts",
            "/api/v2/externalcontacts/identifierlookup");

    @JsonProperty
    long salesforceTotal() {
        return total(salesforceCalls);
    }

    @JsonProperty
    long genesysTotal() {
        return total(genesysCalls);
    }

    @JsonProperty
    long totalCalls() {
        return salesforceTotal() + genesysTotal();
    }

    @JsonProperty
    long salesforceWrites() {
        return writes(salesforceCalls);
    }

    @JsonProperty
    long genesysWrites() {
        return writes(genesysCalls);
    }

    /** Contacts on both sides handled per second of wall time. */
    @JsonProperty
    double contactsPerSecond() {
        return wallMillis == 0 ? 0 : 2.0 * contactsPerSide * 1000 / wallMillis;
    }

    /** Whether the request "METHOD /path" changes data. */
    static boolean isWrite(String endpoint) {
        int space = endpoint.indexOf(' ');
        String method = space < 0 ? endpoint : endpoint.substring(0, space);
        String path = space < 0 ? "" : endpoint.substring(space + 1);
        boolean mutating = Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
        return mutating && !path.contains("oauth") && !READS_BY_POST.contains(path);
    }

    private static long total(Map<String, Long> calls) {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long writes(Map<String, Long> calls) {
        return calls.entrySet().stream().filter(e -> isWrite(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }
}
