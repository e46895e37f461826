package io.contactsync.cycle;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The last few dry runs' reports, in memory only: a report is a preview, read soon after it is made (the API's
 * download links); a restart forgets them.
 */
public final class DryRunReports {

    /** How many reports are kept: enough for a few operators' previews, not an archive. */
    static final int KEPT = 10;

    private final Clock clock;
    private final Map<String, DryRunReport> reports = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DryRunReport> eldest) {
            return size() > KEPT;
        }
    };

    public DryRunReports(Clock clock) {
        this.clock = clock;
    }

    /** The dry run's report, kept under a new id (the oldest kept one is forgotten beyond {@link #KEPT}). */
    public synchronized DryRunReport keep(CycleState cycle) {
        DryRunReport report = DryRunReport.of(UUID.randomUUID().toString(), clock.instant(), cycle);
        reports.put(report.id(), report);
        return report;
    }

    public synchronized Optional<DryRunReport> get(String id) {
        return Optional.ofNullable(reports.get(id));
    }
}
