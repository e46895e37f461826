package io.contactsync.sandbox.salesforce;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-record endpoints of every emulated sObject: create, get, update (with If-Unmodified-Since), soft
 * delete (cascading to the records whose lookups point to it), upsert and get by external id (Contact's), and
 * the replication resources {@code updated/} and {@code deleted/}.
 */
final class SObjectRoutes {

    private static final String BASE = "/services/data/:version/sobjects/:sobject";
    private static final Duration UPDATED_WINDOW = Duration.ofDays(30);
    private static final Duration DELETED_WINDOW = Duration.ofDays(15);

    private final SalesforceRecordStore store;
    private final SalesforceSchema schema;
    private final Clock clock;

    SObjectRoutes(SalesforceRecordStore store, SalesforceSchema schema, Clock clock) {
        this.store = store;
        this.schema = schema;
        this.clock = clock;
    }

    void mount(ApiRouter api) {
        api.handle(HttpMethod.POST, BASE, this::create);
        api.handle(HttpMethod.GET, BASE + "/updated", this::updated);
        api.handle(HttpMethod.GET, BASE + "/deleted", this::deleted);
        api.handle(HttpMethod.GET, BASE + "/:id", this::get);
        api.handle(HttpMethod.PATCH, BASE + "/:id", this::update);
        api.handle(HttpMethod.POST, BASE + "/:id", this::postOverride);
        api.handle(HttpMethod.DELETE, BASE + "/:id", this::delete);
        api.handle(HttpMethod.GET, BASE + "/:field/:value", this::getByExternalId);
        api.handle(HttpMethod.PATCH, BASE + "/:field/:value", this::upsert);
    }

    /** The sObject the path names (in any case); one the emulator does not have is 404. */
    static EmulatedSObject sObject(RoutingContext ctx) {
        return EmulatedSObject.named(ctx.pathParam("sobject")).orElseThrow(ApiException::notFound);
    }

    private void create(RoutingContext ctx) {
        FieldCatalogue catalogue = schema.catalogue(sObject(ctx));
        RecordBody body = RecordBody.read(SalesforceJson.body(ctx), catalogue);
        if (body.id().isPresent()) {
            throw ApiException.invalidField("Id: cannot specify Id in an insert call", "Id");
        }
        WriteOutcome outcome = writeOne(ctx, validCreate(catalogue.sObject(), body));
        SalesforceJson.respond(ctx, 201, SalesforceJson.saveResult(outcome.id(), null));
    }

    private void get(RoutingContext ctx) {
        EmulatedSObject sObject = sObject(ctx);
        SObjectRecord record = live(sObject, ctx.pathParam("id"));
        List<SalesforceField> fields = SObjectJson.fields(SalesforceJson.param(ctx, "fields"), schema.catalogue(sObject));
        SalesforceJson.respond(ctx, 200, SObjectJson.record(record, ctx.pathParam("version"), fields));
    }

    private void update(RoutingContext ctx) {
        EmulatedSObject sObject = sObject(ctx);
        String id = recordId(sObject, ctx.pathParam("id"));
        Instant unmodifiedSince = unmodifiedSince(ctx);
        RecordBody body = RecordBody.read(SalesforceJson.body(ctx), schema.catalogue(sObject));
        if (body.id().isPresent()) {
            throw ApiException.invalidField("Id: the record id belongs in the URL, not the body", "Id");
        }
        requireValid(body);
        writeOne(ctx, new RecordWrite.Update(id, body.changes(), unmodifiedSince));
        SalesforceJson.noContent(ctx);
    }

    /** {@code POST ...?_HttpMethod=PATCH}, for clients that cannot send PATCH. */
    private void postOverride(RoutingContext ctx) {
        if (!"PATCH".equalsIgnoreCase(SalesforceJson.param(ctx, "_HttpMethod"))) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", "HTTP Method 'POST' not allowed. Allowed are"
                    + " GET,PATCH,DELETE");
        }
        update(ctx);
    }

    private void delete(RoutingContext ctx) {
        writeOne(ctx, new RecordWrite.Delete(recordId(sObject(ctx), ctx.pathParam("id"))));
        SalesforceJson.noContent(ctx);
    }

    private void getByExternalId(RoutingContext ctx) {
        FieldCatalogue catalogue = schema.catalogue(sObject(ctx));
        externalIdField(catalogue, ctx.pathParam("field"));
        List<SObjectRecord> matches = store.findByExternalId(ctx.pathParam("value"));
        String version = ctx.pathParam("version");
        if (matches.isEmpty()) {
            throw ApiException.notFound();
        }
        if (matches.size() > 1) {
            SalesforceJson.respond(ctx, 300, matches.stream().map(r -> SObjectJson.url(version, r.id())).toList());
            return;
        }
        List<SalesforceField> fields = SObjectJson.fields(SalesforceJson.param(ctx, "fields"), catalogue);
        SalesforceJson.respond(ctx, 200, SObjectJson.record(matches.get(0), version, fields));
    }

    private void upsert(RoutingContext ctx) {
        FieldCatalogue catalogue = schema.catalogue(sObject(ctx));
        SalesforceField field = externalIdField(catalogue, ctx.pathParam("field"));
        String value = ctx.pathParam("value");
        RecordBody body = RecordBody.read(SalesforceJson.body(ctx), catalogue);
        WriteOutcome outcome = writeOne(ctx, upsertWrite(catalogue.sObject(), field, value, body));
        String version = ctx.pathParam("version");
        if (!outcome.matches().isEmpty()) {
            SalesforceJson.respond(ctx, 300, outcome.matches().stream().map(id -> SObjectJson.url(version, id))
                    .toList());
        } else if (outcome.status() == 201) {
            SalesforceJson.respond(ctx, 201, SalesforceJson.saveResult(outcome.id(), true));
        } else {
            SalesforceJson.noContent(ctx);
        }
    }

    /** An upsert of one body, or the reason it is refused: Id in the body, or another external id value. */
    static RecordWrite upsertWrite(EmulatedSObject sObject, SalesforceField field, String value, RecordBody body) {
        if (body.id().isPresent()) {
            return refused(EmulatedSalesforceError.of("INVALID_FIELD", "Id: cannot specify Id in an upsert call", "Id"));
        }
        Object inBody = body.changes().get(field);
        if (body.changes().containsKey(field) && (inBody == null || !value.equalsIgnoreCase((String) inBody))) {
            return refused(EmulatedSalesforceError.of("INVALID_FIELD", field.apiName() + ": the external id value in the body"
                    + " differs from the one in the URL", field.apiName()));
        }
        if (!body.isValid()) {
            return new RecordWrite.Refused(400, body.errors());
        }
        return new RecordWrite.Upsert(sObject, field, value, body.changes());
    }

    static RecordWrite validCreate(EmulatedSObject sObject, RecordBody body) {
        return body.isValid() ? new RecordWrite.Create(sObject, body.changes()) : new RecordWrite.Refused(400, body.errors());
    }

    private static RecordWrite refused(EmulatedSalesforceError error) {
        return new RecordWrite.Refused(400, List.of(error));
    }

    private static void requireValid(RecordBody body) {
        if (!body.isValid()) {
            throw new ApiException(400, body.errors());
        }
    }

    /** Writes one record; a failure other than several upsert matches answers with its status and errors. */
    private WriteOutcome writeOne(RoutingContext ctx, RecordWrite write) {
        WriteOutcome outcome = store.write(List.of(write), false, ApiGate.session(ctx).user().userId()).get(0);
        if (!outcome.success() && outcome.matches().isEmpty()) {
            throw new ApiException(outcome.status(), outcome.errors());
        }
        return outcome;
    }

    private void updated(RoutingContext ctx) {
        EmulatedSObject sObject = sObject(ctx);
        Range range = replicationRange(ctx, UPDATED_WINDOW);
        List<String> ids = new ArrayList<>();
        for (SObjectRecord record : store.all(sObject)) {
            if (!record.isDeleted() && inRange(record.systemModstamp(), range)) {
                ids.add(record.id());
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ids", ids);
        json.put("latestDateCovered", SalesforceDates.format(range.end()));
        SalesforceJson.respond(ctx, 200, json);
    }

    private void deleted(RoutingContext ctx) {
        EmulatedSObject sObject = sObject(ctx);
        Range range = replicationRange(ctx, DELETED_WINDOW);
        List<Map<String, Object>> deleted = new ArrayList<>();
        Instant earliest = range.end();
        for (SObjectRecord record : store.all(sObject)) {
            if (record.isDeleted()) {
                earliest = record.systemModstamp().isBefore(earliest) ? record.systemModstamp() : earliest;
                if (inRange(record.systemModstamp(), range)) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", record.id());
                    entry.put("deletedDate", SalesforceDates.format(record.systemModstamp()));
                    deleted.add(entry);
                }
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deletedRecords", deleted);
        json.put("earliestDateAvailable", SalesforceDates.format(earliest.truncatedTo(ChronoUnit.MINUTES)));
        json.put("latestDateCovered", SalesforceDates.format(range.end()));
        SalesforceJson.respond(ctx, 200, json);
    }

    private record Range(Instant start, Instant end) {
    }

    private static boolean inRange(Instant stamp, Range range) {
        return !stamp.isBefore(range.start()) && stamp.isBefore(range.end());
    }

    /**
     * {@code start} and {@code end} rounded down to the minute, as Salesforce does; the end is capped at now,
     * and the start may not lie further back than the resource's window.
     */
    private Range replicationRange(RoutingContext ctx, Duration window) {
        Instant start = replicationDate(ctx, "start");
        Instant end = replicationDate(ctx, "end");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (end.isAfter(now)) {
            end = now;
        }
        if (start.isAfter(end)) {
            throw new ApiException(400, "INVALID_REPLICATION_DATE", "end date must be after the start date");
        }
        if (start.isBefore(now.minus(window))) {
            throw new ApiException(400, "INVALID_REPLICATION_DATE", "startDate cannot be more than "
                    + window.toDays() + " days ago");
        }
        return new Range(start, end);
    }

    private static Instant replicationDate(RoutingContext ctx, String name) {
        String text = SalesforceJson.param(ctx, name);
        if (text == null) {
            throw new ApiException(400, "MISSING_ARGUMENT", name + " is required (UTC ISO-8601, e.g."
                    + " 2024-01-01T00:00:00+00:00)");
        }
        return SalesforceDates.parse(text).map(d -> d.truncatedTo(ChronoUnit.MINUTES))
                .orElseThrow(() -> new ApiException(400, "INVALID_REPLICATION_DATE", name
                        + " is not an ISO-8601 datetime: " + text));
    }

    private SObjectRecord live(EmulatedSObject sObject, String idText) {
        return store.find(recordId(sObject, idText)).filter(r -> !r.isDeleted()).orElseThrow(ApiException::notFound);
    }

    /** The 18-character form of an id of {@code sObject} from the URL; anything else does not exist. */
    static String recordId(EmulatedSObject sObject, String text) {
        return EmulatedSalesforceIds.normalise(text).filter(id -> id.startsWith(sObject.keyPrefix()))
                .orElseThrow(ApiException::notFound);
    }

    /** The sObject's external-id field of this name; only Contact has one. */
    static SalesforceField externalIdField(FieldCatalogue catalogue, String name) {
        return catalogue.byName(name).filter(SalesforceField::isExternalId).orElseThrow(() -> new ApiException(404,
                "NOT_FOUND", "Provided external ID field does not exist or is not accessible: " + name));
    }

    private static Instant unmodifiedSince(RoutingContext ctx) {
        String header = ctx.request().getHeader("If-Unmodified-Since");
        if (header == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "BAD_REQUEST", "If-Unmodified-Since must be an HTTP-date such as"
                    + " 'Mon, 01 Jan 2024 00:00:00 GMT', not '" + header + "'");
        }
    }
}
