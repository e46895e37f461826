package io.contactsync.sandbox.salesforce;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/** {@code GET …/sobjects/{sObject}/describe}: an emulated sObject from its field catalogue; any other is 404. */
final class DescribeRoutes {

    private final SalesforceSchema schema;

    DescribeRoutes(SalesforceSchema schema) {
        this.schema = schema;
    }

    /** Mount before the record routes, whose {@code /:id} would otherwise take "describe" for an id. */
    void mount(ApiRouter api) {
        api.handle(HttpMethod.GET, "/services/data/:version/sobjects/:sobject/describe", this::describe);
    }

    private void describe(RoutingContext ctx) {
        FieldCatalogue catalogue = schema.catalogue(SObjectRoutes.sObject(ctx));
        SalesforceJson.respond(ctx, 200, SObjectDescribe.describe(catalogue, ctx.pathParam("version")));
    }
}
