package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The data schema endpoints of one kind of record ({@code /api/v2/externalcontacts/contacts/schemas...} or
 * {@code .../organizations/schemas...}, which mirror each other): create, list, get, versions, update (a new
 * version) and delete.
 */
final class SchemaHandlers {

    static final String SANDBOX_SCHEMA = "/sandbox/genesys-contact-schema.json";
    private static final Set<String> APPLIES_TO = Set.of("CONTACT", "EXTERNAL_ORGANIZATION");

    private final String path;
    private final String appliesTo;
    private final SchemaStore store;
    private final Supplier<GenesysBehaviour> behaviour;
    private final Clock clock;

    /**
     * @param path      the schema endpoint, e.g. {@value DataSchema#CONTACTS_PATH}
     * @param appliesTo what a schema applies to when its {@code appliesTo} is not sent: {@code CONTACT} or
     *                  {@code EXTERNAL_ORGANIZATION}
     */
    SchemaHandlers(String path, String appliesTo, SchemaStore store, Supplier<GenesysBehaviour> behaviour,
                   Clock clock) {
        this.path = path;
        this.appliesTo = appliesTo;
        this.store = store;
        this.behaviour = behaviour;
        this.clock = clock;
    }

    /** {@code DataSchemaListing}: {@code {"total","entities","selfUri"}}, without paging. */
    record Listing(long total, Collection<DataSchema> entities, String selfUri) {
    }

    void list(RoutingContext ctx) {
        Collection<DataSchema> all = store.all();
        GenesysJson.send(ctx, 200, new Listing(all.size(), all, path));
    }

    void create(RoutingContext ctx) {
        JsonNode body = GenesysJson.body(ctx);
        Instant now = now();
        String client = ctx.get(ApiGuard.CLIENT_ID);
        DataSchema created = store.create(id -> read(id, 1, body, client, now));
        GenesysJson.send(ctx, 200, created);
    }

    void get(RoutingContext ctx) {
        String id = ctx.pathParam("schemaId");
        GenesysJson.send(ctx, 200, store.latest(id).orElseThrow(() -> notFound(id)));
    }

    void versions(RoutingContext ctx) {
        String id = ctx.pathParam("schemaId");
        List<DataSchema> versions = store.versions(id);
        if (versions.isEmpty()) {
            throw notFound(id);
        }
        GenesysJson.send(ctx, 200, behaviour.get().schemaVersionsAsListing()
                ? new Listing(versions.size(), versions, path + "/" + id + "/versions")
                : versions.get(versions.size() - 1));
    }

    void version(RoutingContext ctx) {
        String id = ctx.pathParam("schemaId");
        String versionId = ctx.pathParam("versionId");
        DataSchema found;
        try {
            found = store.version(id, Integer.parseInt(versionId)).orElse(null);
        } catch (NumberFormatException e) {
            found = null;
        }
        if (found == null) {
            throw new EmulatedGenesysError(404, "not.found", "The schema " + id + " has no version " + versionId
                    + ".");
        }
        GenesysJson.send(ctx, 200, found);
    }

    /** A new version from the sent schema, which must carry the current {@code version} (else 409). */
    void update(RoutingContext ctx) {
        String id = ctx.pathParam("schemaId");
        JsonNode body = GenesysJson.body(ctx);
        JsonNode sentVersion = body.get("version");
        if (sentVersion == null || !sentVersion.canConvertToInt()) {
            throw new EmulatedGenesysError(400, "bad.request", "version is required for updates.",
                    List.of(new FieldError("version", null, "is required for updates")));
        }
        Instant now = now();
        String client = ctx.get(ApiGuard.CLIENT_ID);
        boolean enforceVersion = behaviour.get().enforceSchemaVersion();
        DataSchema updated = store.update(id, current -> {
            if (enforceVersion && sentVersion.asInt() != current.version()) {
                throw new EmulatedGenesysError(409, "conflict", "The schema " + id + " is at version "
                        + current.version() + ", not " + sentVersion.asInt() + ": read it again and retry.");
            }
            return read(id, current.version() + 1, body, client, now);
        }).orElseThrow(() -> notFound(id));
        GenesysJson.send(ctx, 200, updated);
    }

    /** Creates the sandbox's own data schema ({@value #SANDBOX_SCHEMA}), which the packaged mappings use. */
    void seedSandboxSchema() {
        JsonNode body;
        try (InputStream in = SchemaHandlers.class.getResourceAsStream(SANDBOX_SCHEMA)) {
            body = GenesysJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox schema " + SANDBOX_SCHEMA + " is part of the jar", e);
        }
        store.create(id -> read(id, 1, body, null, now()));
    }

    void delete(RoutingContext ctx) {
        String id = ctx.pathParam("schemaId");
        if (!store.delete(id)) {
            throw notFound(id);
        }
        GenesysJson.sendDeleted(ctx, behaviour.get());
    }

    private DataSchema read(String id, int version, JsonNode body, String client, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String name = body.path("name").asText("").trim();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", null, "is required"));
        }
        List<String> sentAppliesTo = new ArrayList<>();
        body.path("appliesTo").forEach(a -> sentAppliesTo.add(a.asText()));
        if (!APPLIES_TO.containsAll(sentAppliesTo)) {
            errors.add(new FieldError("appliesTo", sentAppliesTo.toString(),
                    "may only hold CONTACT and EXTERNAL_ORGANIZATION"));
        }
        JsonNode jsonSchema = body.get("jsonSchema");
        SchemaDefinition definition = null;
        if (jsonSchema == null || !jsonSchema.isObject()) {
            errors.add(new FieldError("jsonSchema", null, "is required and must be an object"));
        } else {
            try {
                definition = SchemaDefinition.parse(jsonSchema, behaviour.get().enforceFieldNameSuffix());
            } catch (EmulatedGenesysError e) {
                errors.addAll(e.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw EmulatedGenesysError.invalidFields("The schema is invalid", errors);
        }
        return new DataSchema(id, name, version,
                sentAppliesTo.isEmpty() ? List.of(appliesTo) : List.copyOf(sentAppliesTo),
                body.path("enabled").asBoolean(true),
                client == null ? null : new DataSchema.CreatedBy(client), now, jsonSchema, definition, path);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static EmulatedGenesysError notFound(String id) {
        return new EmulatedGenesysError(404, "not.found", "The schema " + id + " was not found.");
    }
}
