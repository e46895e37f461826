package io.contactsync.sandbox.salesforce;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code query} and {@code queryAll} (with or without a trailing slash before {@code ?q=}) and their
 * {@code nextRecordsUrl} pages. Pages hold 2000 rows unless {@code Sforce-Query-Options: batchSize=N} asks
 * for another size (clamped to 200..2000).
 */
final class QueryRoutes {

    static final int DEFAULT_PAGE_SIZE = 2000;
    static final int MIN_PAGE_SIZE = 200;

    private final SalesforceRecordStore store;
    private final QueryCursors cursors;
    private final SalesforceSchema schema;

    QueryRoutes(SalesforceRecordStore store, QueryCursors cursors, SalesforceSchema schema) {
        this.store = store;
        this.cursors = cursors;
        this.schema = schema;
    }

    void mount(ApiRouter api) {
        api.handle(HttpMethod.GET, "/services/data/:version/query", ctx -> query(ctx, false));
        api.handle(HttpMethod.GET, "/services/data/:version/queryAll", ctx -> query(ctx, true));
        api.handle(HttpMethod.GET, "/services/data/:version/query/:locator", this::nextPage);
        api.handle(HttpMethod.GET, "/services/data/:version/queryAll/:locator", this::nextPage);
    }

    private void query(RoutingContext ctx, boolean includeDeleted) {
        String soql = SalesforceJson.param(ctx, "q");
        if (soql == null || soql.isBlank()) {
            throw ApiException.malformedQuery("the q parameter with a SOQL query is required");
        }
        SoqlQuery query = SoqlParser.parse(soql, schema);
        List<SObjectRecord> rows = SoqlExecution.run(query, store.all(query.from()), includeDeleted);
        if (query.count()) {
            SalesforceJson.respond(ctx, 200, page(rows.size(), List.of(), null));
            return;
        }
        QueryCursors.Cursor cursor = new QueryCursors.Cursor(query, rows, includeDeleted, pageSize(ctx));
        respondPage(ctx, cursor, null, 0);
    }

    private void nextPage(RoutingContext ctx) {
        String locator = ctx.pathParam("locator");
        int dash = locator.lastIndexOf('-');
        QueryCursors.Cursor cursor = dash > 0 ? cursors.find(locator.substring(0, dash)).orElse(null) : null;
        int offset = cursor == null ? -1 : offset(locator.substring(dash + 1));
        if (cursor == null || offset < 0 || offset > cursor.rows().size()) {
            throw new ApiException(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        respondPage(ctx, cursor, locator.substring(0, dash), offset);
    }

    private static int offset(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void respondPage(RoutingContext ctx, QueryCursors.Cursor cursor, String knownLocator, int offset) {
        String version = ctx.pathParam("version");
        int end = Math.min(cursor.rows().size(), offset + cursor.pageSize());
        List<Map<String, Object>> records = new ArrayList<>(end - offset);
        for (SObjectRecord record : cursor.rows().subList(offset, end)) {
            records.add(cursor.query().row(record, version, store::find));
        }
        String next = null;
        if (end < cursor.rows().size()) {
            String locator = knownLocator != null ? knownLocator : cursors.open(cursor);
            next = "/services/data/" + version + (cursor.includeDeleted() ? "/queryAll/" : "/query/") + locator
                    + "-" + end;
        }
        SalesforceJson.respond(ctx, 200, page(cursor.rows().size(), records, next));
    }

    private static Map<String, Object> page(int totalSize, List<Map<String, Object>> records, String nextRecordsUrl) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("totalSize", totalSize);
        page.put("done", nextRecordsUrl == null);
        if (nextRecordsUrl != null) {
            page.put("nextRecordsUrl", nextRecordsUrl);
        }
        page.put("records", records);
        return page;
    }

    /** The page size asked for with {@code Sforce-Query-Options: batchSize=N}, clamped to 200..2000. */
    static int pageSize(RoutingContext ctx) {
        String options = ctx.request().getHeader("Sforce-Query-Options");
        if (options == null) {
            return DEFAULT_PAGE_SIZE;
        }
        for (String option : options.split(",")) {
            String[] pair = option.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("batchSize")) {
                try {
                    return Math.max(MIN_PAGE_SIZE, Math.min(DEFAULT_PAGE_SIZE, Integer.parseInt(pair[1].trim())));
                } catch (NumberFormatException e) {
                    throw new ApiException(400, "INVALID_BATCH_SIZE", "batchSize must be a number: " + pair[1]);
                }
            }
        }
        return DEFAULT_PAGE_SIZE;
    }
}
