package io.contactsync.sandbox.genesys;

import io.contactsync.sandbox.RequestBodies;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounts the emulated endpoints. Each API route reads its body, passes the {@link ApiGuard} and then runs on
 * a worker thread (requests are handled in parallel, as by the real service); a {@link EmulatedGenesysError}
 * becomes an ErrorBody, anything else a 500. Route paths are the stats keys, e.g.
 * {@code PUT /api/v2/externalcontacts/contacts/{id}}.
 */
final class GenesysRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(GenesysRoutes.class);
    private static final String CONTACTS = "/api/v2/externalcontacts/contacts";
    private static final String SCHEMAS = DataSchema.PATH;
    private static final String BULK = "/api/v2/externalcontacts/bulk/contacts";
    private static final long BODY_LIMIT = 10_000_000;

    private final OAuthTokenHandler oauth;
    private final ApiGuard guard;
    private final ContactHandlers contacts;
    private final BulkHandlers bulk;
    private final SchemaHandlers schemas;
    private final NoteHandlers notes;
    private final GenesysErrors errors;

    GenesysRoutes(OAuthTokenHandler oauth, ApiGuard guard, ContactHandlers contacts, BulkHandlers bulk,
                  SchemaHandlers schemas, NoteHandlers notes, GenesysErrors errors) {
        this.oauth = oauth;
        this.guard = guard;
        this.contacts = contacts;
        this.bulk = bulk;
        this.schemas = schemas;
        this.notes = notes;
        this.errors = errors;
    }

    void mount(Router router) {
        router.post("/oauth/token").handler(RequestBodies.upTo(BODY_LIMIT)).handler(oauth::handle);
        // before CONTACTS/:id, which would take "schemas" for a contact id
        api(router, HttpMethod.GET, SCHEMAS, schemas::list);
        api(router, HttpMethod.POST, SCHEMAS, schemas::create);
        api(router, HttpMethod.GET, SCHEMAS + "/:schemaId", schemas::get);
        api(router, HttpMethod.PUT, SCHEMAS + "/:schemaId", schemas::update);
        api(router, HttpMethod.DELETE, SCHEMAS + "/:schemaId", schemas::delete);
        api(router, HttpMethod.GET, SCHEMAS + "/:schemaId/versions", schemas::versions);
        api(router, HttpMethod.GET, SCHEMAS + "/:schemaId/versions/:versionId", schemas::version);
        api(router, HttpMethod.GET, CONTACTS, contacts::search);
        api(router, HttpMethod.POST, CONTACTS, contacts::create);
        api(router, HttpMethod.GET, CONTACTS + "/:id", contacts::get);
        api(router, HttpMethod.PUT, CONTACTS + "/:id", contacts::update);
        api(router, HttpMethod.DELETE, CONTACTS + "/:id", contacts::delete);
        api(router, HttpMethod.GET, CONTACTS + "/:id/notes", notes::list);
        api(router, HttpMethod.POST, CONTACTS + "/:id/notes", notes::create);
        api(router, HttpMethod.GET, CONTACTS + "/:id/notes/:noteId", notes::get);
        api(router, HttpMethod.PUT, CONTACTS + "/:id/notes/:noteId", notes::update);
        api(router, HttpMethod.DELETE, CONTACTS + "/:id/notes/:noteId", notes::delete);
        api(router, HttpMethod.GET, CursorListing.CONTACTS_PATH, contacts::scan);
        api(router, HttpMethod.GET, CursorListing.NOTES_PATH, notes::scan);
        api(router, HttpMethod.POST, "/api/v2/externalcontacts/identifierlookup", contacts::identifierLookup);
        api(router, HttpMethod.POST, BULK, bulk::fetch);
        api(router, HttpMethod.POST, BULK + "/add", bulk::add);
        api(router, HttpMethod.POST, BULK + "/update", bulk::update);
        api(router, HttpMethod.POST, BULK + "/remove", bulk::remove);
        router.route("/api/v2/*").setName("/api/v2/** (unknown)").handler(guard::handle).handler(ctx ->
                errors.respond(ctx, 404, "not.found", "No resource " + ctx.request().method() + " "
                        + ctx.request().path() + " in this emulator.", null));
    }

    private void api(Router router, HttpMethod method, String path, Handler<RoutingContext> handler) {
        router.route(method, path).handler(RequestBodies.upTo(BODY_LIMIT)).handler(guard::handle)
                .blockingHandler(ctx -> guarded(ctx, handler), false);
    }

    private void guarded(RoutingContext ctx, Handler<RoutingContext> handler) {
        try {
            handler.handle(ctx);
        } catch (EmulatedGenesysError e) {
            errors.respond(ctx, e);
        } catch (RuntimeException e) {
            LOG.error("Genesys emulator failed on {} {}", ctx.request().method(), ctx.request().path(), e);
            errors.respond(ctx, 500, "internal.server.error", "The emulator failed: " + e, null);
        }
    }
}
