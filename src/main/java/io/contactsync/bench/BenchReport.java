package io.contactsync.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's findings from one run: every measured cycle, contact-sync / baseline ratios for each workload
 * both ran, and what the Genesys Cloud rate limit means for a 5-minute schedule.
 */
record BenchReport(Map<String, Object> environment, List<Measurement> measurements, List<Ratio> ratios,
                   List<ScheduleFit> scheduleFits) {

    /** Genesys Cloud's default rate limit per OAuth client. */
    static final int GENESYS_REQUESTS_PER_MINUTE = 300;
    static final int SCHEDULE_MINUTES = 5;
    static final String SCAN = "GET /api/v2/externalcontacts/scan/contacts";

    /**
     * contact-sync divided by the baseline for one workload (below 1: contact-sync is faster, makes fewer calls).
     *
     * @param baselineCallsPerContactSyncCall how many times fewer calls contact-sync made
     */
    record Ratio(int contactsPerSide, String workload, int changes, double time, double calls,
                 double baselineCallsPerContactSyncCall) {
    }

    /**
     * The Genesys Cloud calls of an incremental cycle, split into the scan (grows with N, one page per 200
     * contacts) and the rest (token, bulk fetch and writes: grow with the changes), and the largest N whose
     * cycle fits the rate limit's budget for the schedule: (budget - rest) / (scan calls per Genesys contact).
     *
     * @param genesysContacts      contacts in Genesys Cloud during the cycle (N seeded + those created from Salesforce)
     * @param largestGenesysContacts the most contacts in Genesys Cloud whose incremental cycle fits the budget
     */
    record ScheduleFit(int contactsPerSide, int changes, int genesysContacts, long genesysCalls, long scanCalls,
                       Long rateLimitedWallMillis, long budget, long largestGenesysContacts) {
    }

    static BenchReport of(Map<String, Object> environment, List<Measurement> measurements) {
        List<Ratio> ratios = new ArrayList<>();
        List<ScheduleFit> fits = new ArrayList<>();
        for (Measurement m : measurements) {
            if (!m.sync().equals(Measurement.CONTACT_SYNC) || m.workload().contains("rate-limited")) {
                continue;
            }
            find(measurements, Measurement.BASELINE, m.workload(), m.contactsPerSide(), m.changes())
                    .ifPresent(b -> ratios.add(new Ratio(m.contactsPerSide(), m.workload(), m.changes(),
                            divide(m.wallMillis(), b.wallMillis()), divide(m.totalCalls(), b.totalCalls()),
                            divide(b.totalCalls(), m.totalCalls()))));
            Optional<Measurement> limited = find(measurements, Measurement.CONTACT_SYNC, "incremental, rate-limited",
                    m.contactsPerSide(), m.changes());
            if (m.workload().equals("incremental") && limited.isPresent()) {
                fits.add(fit(m, limited.get().wallMillis()));
            }
        }
        return new BenchReport(environment, measurements, ratios, fits);
    }

    static ScheduleFit fit(Measurement incremental, Long rateLimitedWallMillis) {
        long scan = incremental.genesysCalls().getOrDefault(SCAN, 0L);
        long rest = incremental.genesysTotal() - scan;
        long budget = (long) GENESYS_REQUESTS_PER_MINUTE * SCHEDULE_MINUTES;
        long largest = scan == 0 ? 0 : (long) Math.floor((budget - rest) * (double) incremental.genesysContacts() / scan);
        return new ScheduleFit(incremental.contactsPerSide(), incremental.changes(), incremental.genesysContacts(),
                incremental.genesysTotal(), scan, rateLimitedWallMillis, budget, Math.max(0, largest));
    }

    /** The report as the console table. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append("Environment: ").append(environment).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-12s %-26s %9s %7s %9s %10s %8s %8s %8s %8s %9s %15s%n", "sync",
                "workload", "N/side", "k", "wall s", "contacts/s", "SF calls", "GC calls", "SF wr", "GC wr", "heap MB",
                "after SF / GC"));
        for (Measurement m : measurements) {
            out.append(String.format(Locale.ROOT, "%-12s %-26s %9d %7d %9.2f %10.0f %8d %8d %8d %8d %9.0f %15s%n",
                    m.sync(), m.workload(), m.contactsPerSide(), m.changes(), m.wallMillis() / 1000.0,
                    m.contactsPerSecond(), m.salesforceTotal(), m.genesysTotal(), m.salesforceWrites(),
                    m.genesysWrites(), m.peakHeapBytes() / 1_048_576.0,
                    m.salesforceContacts() + " / " + m.genesysContacts()));
        }
        out.append("\nCalls per endpoint and outcome:\n");
        for (Measurement m : measurements) {
            out.append("  ").append(m.sync()).append(", ").append(m.workload()).append(", N=")
                    .append(m.contactsPerSide()).append(", k=").append(m.changes()).append(": ").append(m.outcome())
                    .append("\n    Salesforce: ").append(m.salesforceCalls())
                    .append("\n    Genesys Cloud: ").append(m.genesysCalls()).append('\n');
        }
        out.append("\ncontact-sync / baseline (same run, same machine):\n");
        out.append(String.format(Locale.ROOT, "%9s %-14s %7s %10s %10s %14s%n", "N/side", "workload", "k", "time",
                "calls", "baseline/cs"));
        for (Ratio r : ratios) {
            out.append(String.format(Locale.ROOT, "%9d %-14s %7d %10.3f %10.4f %13.1fx%n", r.contactsPerSide(),
                    r.workload(), r.changes(), r.time(), r.calls(), r.baselineCallsPerContactSyncCall()));
        }
        if (!scheduleFits.isEmpty()) {
            out.append("\nGenesys Cloud at ").append(GENESYS_REQUESTS_PER_MINUTE).append(" requests/minute, a ")
                    .append(SCHEDULE_MINUTES).append("-minute schedule (budget ")
                    .append(GENESYS_REQUESTS_PER_MINUTE * SCHEDULE_MINUTES).append(" requests):\n");
            for (ScheduleFit f : scheduleFits) {
                out.append(String.format(Locale.ROOT, "  N=%d, k=%d: %d Genesys contacts, %d Genesys calls per cycle"
                                + " (%d scan pages); the cycle under the limit took %.1f s; most Genesys contacts"
                                + " whose cycle fits %d minutes = (%d - %d) x %d / %d = %d%n", f.contactsPerSide(),
                        f.changes(), f.genesysContacts(), f.genesysCalls(), f.scanCalls(),
                        f.rateLimitedWallMillis() / 1000.0, SCHEDULE_MINUTES, f.budget(),
                        f.genesysCalls() - f.scanCalls(), f.genesysContacts(), f.scanCalls(),
                        f.largestGenesysContacts()));
            }
        }
        return out.toString();
    }

    private static Optional<Measurement> find(List<Measurement> all, String sync, String workload, int n, int k) {
        return all.stream().filter(m -> m.sync().equals(sync) && m.workload().equals(workload)
                && m.contactsPerSide() == n && m.changes() == k).findFirst();
    }

    private static double divide(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
