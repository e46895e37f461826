package io.contactsync.sandbox.genesys;

import io.contactsync.sandbox.RequestBodies;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounts the emulated endpoints: those of contacts and of organizations alike, then the contacts' notes,
 * identifier lookup and an organization's contacts. Each API route reads its body, passes the {@link ApiGuard}
 * and then runs on a worker thread (requests are handled in parallel, as by the real service); a
 * {@link EmulatedGenesysError}
 * becomes an ErrorBody, anything else a 500. Route paths are the stats keys, e.g.
 * {@code PUT /api/v2/externalcontacts/contacts/{id}}.
 */
final class GenesysRoutes {

    /**
     * The endpoints one kind of record has: its one-record, search, scan, bulk and data schema endpoints.
     *
     * @param path     e.g. {@code /api/v2/externalcontacts/organizations}
     * @param scanPath e.g. {@code /api/v2/externalcontacts/scan/organizations}
     * @param bulkPath e.g. {@code /api/v2/externalcontacts/bulk/organizations}
     */
    record RecordEndpoints(String path, String scanPath, String bulkPath, String schemasPath,
                           RecordHandlers<?, ?> records, BulkHandlers bulk, SchemaHandlers schemas) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(GenesysRoutes.class);
    private static final long BODY_LIMIT = 10_000_000;

    private final OAuthTokenHandler oauth;
    private final ApiGuard guard;
    private final RecordEndpoints contacts;
    private final RecordEndpoints organizations;
    private final ContactHandlers contactHandlers;
    private final NoteHandlers notes;
    private final GenesysErrors errors;

    GenesysRoutes(OAuthTokenHandler oauth, ApiGuard guard, RecordEndpoints contacts, RecordEndpoints organizations,
                  ContactHandlers contactHandlers, NoteHandlers notes, GenesysErrors errors) {
        this.oauth = oauth;
        this.guard = guard;
        this.contacts = contacts;
        this.organizations = organizations;
        this.contactHandlers = contactHandlers;
        this.notes = notes;
        this.errors = errors;
    }

    void mount(Router router) {
        router.post("/oauth/token").handler(RequestBodies.upTo(BODY_LIMIT)).handler(oauth::handle);
        mountRecords(router, contacts);
        String contactsPath = contacts.path();
        api(router, HttpMethod.GET, contactsPath + "/:id/notes", notes::list);
        api(router, HttpMethod.POST, contactsPath + "/:id/notes", notes::create);
        api(router, HttpMethod.GET, contactsPath + "/:id/notes/:noteId", notes::get);
        api(router, HttpMethod.PUT, contactsPath + "/:id/notes/:noteId", notes::update);
        api(router, HttpMethod.DELETE, contactsPath + "/:id/notes/:noteId", notes::delete);
        api(router, HttpMethod.GET, CursorListing.NOTES_PATH, notes::scan);
        api(router, HttpMethod.POST, "/api/v2/externalcontacts/identifierlookup", contactHandlers::identifierLookup);
        mountRecords(router, organizations);
        api(router, HttpMethod.GET, organizations.path() + "/:id/contacts", contactHandlers::ofOrganization);
        router.route("/api/v2/*").setName("/api/v2/** (unknown)").handler(guard::handle).handler(ctx ->
                errors.respond(ctx, 404, "not.found", "No resource " + ctx.request().method() + " "
                        + ctx.request().path() + " in this emulator.", null));
    }

    private void mountRecords(Router router, RecordEndpoints kind) {
        // the schema routes before PATH/:id, which would take "schemas" for a record id
        String schemas = kind.schemasPath();
        api(router, HttpMethod.GET, schemas, kind.schemas()::list);
        api(router, HttpMethod.POST, schemas, kind.schemas()::create);
        api(router, HttpMethod.GET, schemas + "/:schemaId", kind.schemas()::get);
        api(router, HttpMethod.PUT, schemas + "/:schemaId", kind.schemas()::update);
        api(router, HttpMethod.DELETE, schemas + "/:schemaId", kind.schemas()::delete);
        api(router, HttpMethod.GET, schemas + "/:schemaId/versions", kind.schemas()::versions);
        api(router, HttpMethod.GET, schemas + "/:schemaId/versions/:versionId", kind.schemas()::version);
        api(router, HttpMethod.GET, kind.path(), kind.records()::search);
        api(router, HttpMethod.POST, kind.path(), kind.records()::create);
        api(router, HttpMethod.GET, kind.path() + "/:id", kind.records()::get);
        api(router, HttpMethod.PUT, kind.path() + "/:id", kind.records()::update);
        api(router, HttpMethod.DELETE, kind.path() + "/:id", kind.records()::delete);
        api(router, HttpMethod.GET, kind.scanPath(), kind.records()::scan);
        api(router, HttpMethod.POST, kind.bulkPath(), kind.bulk()::fetch);
        api(router, HttpMethod.POST, kind.bulkPath() + "/add", kind.bulk()::add);
        api(router, HttpMethod.POST, kind.bulkPath() + "/update", kind.bulk()::update);
        api(router, HttpMethod.POST, kind.bulkPath() + "/remove", kind.bulk()::remove);
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
