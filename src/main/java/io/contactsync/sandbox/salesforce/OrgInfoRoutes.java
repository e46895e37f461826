package io.contactsync.sandbox.salesforce;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.util.LinkedHashMap;
import java.util.Map;

/** The version list ({@code GET /services/data/}, no login needed) and {@code limits/}. */
final class OrgInfoRoutes {

    private final DailyApiUsage usage;

    OrgInfoRoutes(DailyApiUsage usage) {
        this.usage = usage;
    }

    void mount(ApiRouter api) {
        api.open(HttpMethod.GET, "/services/data", ctx -> SalesforceJson.respond(ctx, 200, ApiVersions.listing()));
        api.handle(HttpMethod.GET, "/services/data/:version/limits", this::limits);
    }

    private void limits(RoutingContext ctx) {
        Map<String, Object> daily = new LinkedHashMap<>();
        daily.put("Max", usage.max());
        daily.put("Remaining", usage.remaining());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("DailyApiRequests", daily);
        SalesforceJson.respond(ctx, 200, body);
    }
}
