package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.contactsync.cycle.DryRunReport;
import io.contactsync.cycle.DryRunReports;
import org.apache.camel.Exchange;

/**
 * {@code GET /api/sync/plans/{id}} and {@code GET /api/sync/plans/{id}.csv}: a kept dry run's whole report, as JSON
 * or CSV (one row per field a side would get), for download.
 */
public final class PlanDownloads {

    private static final String CSV = ".csv";

    private final DryRunReports reports;

    public PlanDownloads(DryRunReports reports) {
        this.reports = reports;
    }

    /** The answer to {@code POST /api/sync/run?dryRun=true}: the counts and the first {@code limit} pairs (100 by default). */
    public String firstPairs(DryRunReport report, String limit) throws JsonProcessingException {
        int first = limit == null || limit.isBlank() ? 100 : ApiParams.limit(limit);
        return AdminApi.JSON.writeValueAsString(report.first(first));
    }

    /** The route's step: the report named by the path's {@code id} (ending in .csv for CSV), else 404. */
    public void download(Exchange call) throws JsonProcessingException {
        String id = call.getMessage().getHeader("id", String.class);
        boolean csv = id != null && id.endsWith(CSV);
        String reportId = csv ? id.substring(0, id.length() - CSV.length()) : id;
        DryRunReport report = reports.get(reportId).orElseThrow(() -> new ApiError(404, "no dry-run report " + reportId
                + " (the last few are kept, in memory)"));
        call.getMessage().setBody(csv ? report.csv() : AdminApi.JSON.writeValueAsString(report));
        call.getMessage().setHeader(Exchange.CONTENT_TYPE, csv ? "text/csv; charset=utf-8" : "application/json");
        if (csv) {
            call.getMessage().setHeader("Content-Disposition", "attachment; filename=\"dry-run-" + reportId + CSV + "\"");
        }
    }
}
