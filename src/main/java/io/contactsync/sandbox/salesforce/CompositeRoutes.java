package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * sObject Collections: create (POST), update (PATCH), upsert (PATCH .../Contact/{externalIdField}), delete
 * (DELETE ?ids=) and retrieve (POST .../{sObject}). Up to 200 records per write, each of the sObject its
 * {@code attributes.type} names, processed in order, one result per record in request order with
 * {@code statusCode} errors; {@code allOrNone} rolls the whole batch back.
 */
final class CompositeRoutes {

    static final int MAX_RECORDS = 200;
    static final int MAX_RETRIEVE_IDS = 2000;
    private static final String BASE = "/services/data/:version/composite/sobjects";

    private final SalesforceRecordStore store;
    private final SalesforceSchema schema;

    CompositeRoutes(SalesforceRecordStore store, SalesforceSchema schema) {
        this.store = store;
        this.schema = schema;
    }

    void mount(ApiRouter api) {
        api.handle(HttpMethod.POST, BASE, ctx -> writeRecords(ctx, this::createWrite, false));
        api.handle(HttpMethod.PATCH, BASE, ctx -> writeRecords(ctx, this::updateWrite, false));
        api.handle(HttpMethod.DELETE, BASE, this::delete);
        api.handle(HttpMethod.POST, BASE + "/:sobject", this::retrieve);
        api.handle(HttpMethod.PATCH, BASE + "/:sobject/:field", this::upsert);
    }

    private void upsert(RoutingContext ctx) {
        EmulatedSObject sObject = SObjectRoutes.sObject(ctx);
        SalesforceField field = SObjectRoutes.externalIdField(schema.catalogue(sObject), ctx.pathParam("field"));
        writeRecords(ctx, (type, body) -> {
            if (type != sObject) {
                return refused("INVALID_TYPE", "the records of an upsert to " + sObject.apiName() + " must be "
                        + sObject.apiName() + " records, not " + type.apiName());
            }
            Object value = body.changes().get(field);
            if (value == null) {
                return refused("MISSING_ARGUMENT", field.apiName() + " not specified", field.apiName());
            }
            RecordBody withoutKey = new RecordBody(without(body.changes(), field), body.id(), body.errors());
            return SObjectRoutes.upsertWrite(sObject, field, (String) value, withoutKey);
        }, true);
    }

    private void writeRecords(RoutingContext ctx, BiFunction<EmulatedSObject, RecordBody, RecordWrite> toWrite,
                              boolean upsert) {
        JsonNode json = SalesforceJson.body(ctx);
        JsonNode records = json.path("records");
        if (!json.isObject() || !records.isArray()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "the body must be an object with a records array");
        }
        requireAtMost(records.size(), MAX_RECORDS);
        List<RecordWrite> writes = new ArrayList<>();
        for (JsonNode record : records) {
            String type = record.path("attributes").path("type").asText(null);
            Optional<EmulatedSObject> sObject = EmulatedSObject.named(type == null ? "" : type);
            writes.add(sObject.map(o -> toWrite.apply(o, RecordBody.read(record, schema.catalogue(o))))
                    .orElseGet(() -> unknownType(type)));
        }
        respond(ctx, store.write(writes, json.path("allOrNone").asBoolean(false), userId(ctx)), upsert);
    }

    private RecordWrite createWrite(EmulatedSObject sObject, RecordBody body) {
        if (body.id().isPresent()) {
            return refused("INVALID_FIELD", "cannot specify Id in an insert call", "Id");
        }
        return SObjectRoutes.validCreate(sObject, body);
    }

    private RecordWrite updateWrite(EmulatedSObject sObject, RecordBody body) {
        if (body.id().isEmpty()) {
            return refused("MISSING_ARGUMENT", "Id not specified in an update call");
        }
        Optional<String> id = EmulatedSalesforceIds.normalise(body.id().get());
        if (id.isEmpty()) {
            return refused("MALFORMED_ID", "malformed id " + body.id().get(), "Id");
        }
        if (!id.get().startsWith(sObject.keyPrefix())) {
            return refused("MALFORMED_ID", sObject.apiName() + " ID: id value of incorrect type: " + body.id().get(), "Id");
        }
        if (!body.isValid()) {
            return new RecordWrite.Refused(400, body.errors());
        }
        return new RecordWrite.Update(id.get(), body.changes(), null);
    }

    private void delete(RoutingContext ctx) {
        String ids = SalesforceJson.param(ctx, "ids");
        if (ids == null || ids.isBlank()) {
            throw new ApiException(400, "MISSING_ARGUMENT", "ids is required: ?ids=003...,003...");
        }
        List<String> idList = Arrays.stream(ids.split(",")).map(String::trim).toList();
        requireAtMost(idList.size(), MAX_RECORDS);
        List<RecordWrite> writes = new ArrayList<>();
        for (String id : idList) {
            writes.add(EmulatedSalesforceIds.normalise(id).<RecordWrite>map(RecordWrite.Delete::new)
                    .orElseGet(() -> refused("MALFORMED_ID", "malformed id " + id)));
        }
        boolean allOrNone = Boolean.parseBoolean(SalesforceJson.param(ctx, "allOrNone"));
        respond(ctx, store.write(writes, allOrNone, userId(ctx)), false);
    }

    private void retrieve(RoutingContext ctx) {
        EmulatedSObject sObject = SObjectRoutes.sObject(ctx);
        JsonNode json = SalesforceJson.body(ctx);
        if (!json.path("ids").isArray() || !json.path("fields").isArray() || json.path("fields").isEmpty()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "the body must be {\"ids\":[...],\"fields\":[...]}");
        }
        if (json.path("ids").size() > MAX_RETRIEVE_IDS) {
            throw new ApiException(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than "
                    + MAX_RETRIEVE_IDS + " records into this call");
        }
        List<String> fieldNames = new ArrayList<>();
        json.path("fields").forEach(f -> fieldNames.add(f.asText()));
        List<SalesforceField> fields = SObjectJson.fields(fieldNames, schema.catalogue(sObject));
        String version = ctx.pathParam("version");
        List<Map<String, Object>> result = new ArrayList<>();
        for (JsonNode id : json.path("ids")) {
            result.add(EmulatedSalesforceIds.normalise(id.asText()).filter(i -> i.startsWith(sObject.keyPrefix()))
                    .flatMap(store::find).filter(r -> !r.isDeleted())
                    .map(r -> SObjectJson.record(r, version, fields)).orElse(null));
        }
        SalesforceJson.respond(ctx, 200, result);
    }

    /** A collection record whose {@code attributes.type} is missing or names an sObject the sandbox lacks. */
    private static RecordWrite unknownType(String type) {
        if (type == null) {
            return refused("INVALID_TYPE", "Must specify a type in the attributes of each record");
        }
        return refused("INVALID_TYPE", "sObject type '" + type + "' is not supported. The sandbox emulates "
                + EmulatedSObject.apiNames() + " only.");
    }

    private static void requireAtMost(int count, int max) {
        if (count > max) {
            throw new ApiException(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than "
                    + max + " records into this call");
        }
    }

    private static void respond(RoutingContext ctx, List<WriteOutcome> outcomes, boolean withCreated) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (WriteOutcome outcome : outcomes) {
            Map<String, Object> result = new LinkedHashMap<>();
            if (outcome.id() != null) {
                result.put("id", outcome.id());
            }
            result.put("success", outcome.success());
            result.put("errors", SalesforceJson.errorList(outcome.errors(), "statusCode"));
            if (withCreated && outcome.success()) {
                result.put("created", Boolean.TRUE.equals(outcome.created()));
            }
            results.add(result);
        }
        SalesforceJson.respond(ctx, 200, results);
    }

    private static RecordWrite refused(String code, String message, String... fields) {
        return new RecordWrite.Refused(400, List.of(EmulatedSalesforceError.of(code, message, fields)));
    }

    private static Map<SalesforceField, Object> without(Map<SalesforceField, Object> changes, SalesforceField field) {
        Map<SalesforceField, Object> copy = new LinkedHashMap<>(changes);
        copy.remove(field);
        return copy;
    }

    private static String userId(RoutingContext ctx) {
        return ApiGate.session(ctx).user().userId();
    }
}
