package io.contactsync.sandbox.salesforce;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/** {@code GET …/sobjects/{sObject}/describe}: Contact from the field catalogue; any other sObject is 404. */
final class DescribeRoutes {

    private final ContactFieldCatalogue catalogue;

    DescribeRoutes(ContactFieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Mount before the record routes, whose {@code /:id} would otherwise take "describe" for an id. */
    void mount(ApiRouter api) {
        api.handle(HttpMethod.GET, "/services/data/:version/sobjects/:sobject/describe", this::describe);
    }

    private void describe(RoutingContext ctx) {
        SObjectRoutes.requireContact(ctx);
        SalesforceJson.respond(ctx, 200, ContactDescription.describe(catalogue.all(), ctx.pathParam("version")));
    }
}
