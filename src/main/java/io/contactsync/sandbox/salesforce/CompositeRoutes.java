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
import java.util.function.Function;

/**
 * sObject Collections: create (POST), update (PATCH), upsert (PATCH .../Contact/{externalIdField}), delete
 * (DELETE ?ids=) and retrieve (POST .../Contact). Up to 200 records per write, processed in order, one result
 * per record in request order with {@code statusCode} errors; {@code allOrNone} rolls the whole batch back.
 */
final class CompositeRoutes {

    static final int MAX_RECORDS = 200;
    static final int MAX_RETRIEVE_IDS = 2000;
    private static final String BASE = "/services/data/:version/composite/sobjects";

    private final SalesforceContactStore store;
    private final ContactFieldCatalogue catalogue;

    CompositeRoutes(SalesforceContactStore store, ContactFieldCatalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    void mount(ApiRouter api) {
        api.handle(HttpMethod.POST, BASE, ctx -> writeRecords(ctx, this::createWrite, false));
        api.handle(HttpMethod.PATCH, BASE, ctx -> writeRecords(ctx, this::updateWrite, false));
        api.handle(HttpMethod.DELETE, BASE, this::delete);
        api.handle(HttpMethod.POST, BASE + "/:sobject", this::retrieve);
        api.handle(HttpMethod.PATCH, BASE + "/:sobject/:field", this::upsert);
    }

    private void upsert(RoutingContext ctx) {
        SObjectRoutes.requireContact(ctx);
        SalesforceContactField field = SObjectRoutes.externalIdField(ctx.pathParam("field"));
        writeRecords(ctx, body -> {
            Object value = body.changes().get(field);
            if (value == null) {
                return refused("MISSING_ARGUMENT", field.apiName() + " not specified", field.apiName());
            }
            ContactBody withoutKey = new ContactBody(without(body.changes(), field), body.id(), body.errors());
            return SObjectRoutes.upsertWrite(field, (String) value, withoutKey);
        }, true);
    }

    private void writeRecords(RoutingContext ctx, Function<ContactBody, ContactWrite> toWrite, boolean upsert) {
        JsonNode json = SalesforceJson.body(ctx);
        JsonNode records = json.path("records");
        if (!json.isObject() || !records.isArray()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "the body must be an object with a records array");
        }
        requireAtMost(records.size(), MAX_RECORDS);
        List<ContactWrite> writes = new ArrayList<>();
        for (JsonNode record : records) {
            Optional<ContactWrite> wrongType = checkType(record);
            writes.add(wrongType.orElseGet(() -> toWrite.apply(ContactBody.read(record, catalogue))));
        }
        respond(ctx, store.write(writes, json.path("allOrNone").asBoolean(false), userId(ctx)), upsert);
    }

    private ContactWrite createWrite(ContactBody body) {
        if (body.id().isPresent()) {
            return refused("INVALID_FIELD", "cannot specify Id in an insert call", "Id");
        }
        return SObjectRoutes.validCreate(body);
    }

    private ContactWrite updateWrite(ContactBody body) {
        if (body.id().isEmpty()) {
            return refused("MISSING_ARGUMENT", "Id not specified in an update call");
        }
        Optional<String> id = EmulatedSalesforceIds.normalise(body.id().get());
        if (id.isEmpty()) {
            return refused("MALFORMED_ID", "malformed id " + body.id().get(), "Id");
        }
        if (!body.isValid()) {
            return new ContactWrite.Refused(400, body.errors());
        }
        return new ContactWrite.Update(id.get(), body.changes(), null);
    }

    private void delete(RoutingContext ctx) {
        String ids = SalesforceJson.param(ctx, "ids");
        if (ids == null || ids.isBlank()) {
            throw new ApiException(400, "MISSING_ARGUMENT", "ids is required: ?ids=003...,003...");
        }
        List<String> idList = Arrays.stream(ids.split(",")).map(String::trim).toList();
        requireAtMost(idList.size(), MAX_RECORDS);
        List<ContactWrite> writes = new ArrayList<>();
        for (String id : idList) {
            writes.add(EmulatedSalesforceIds.normalise(id).<ContactWrite>map(ContactWrite.Delete::new)
                    .orElseGet(() -> refused("MALFORMED_ID", "malformed id " + id)));
        }
        boolean allOrNone = Boolean.parseBoolean(SalesforceJson.param(ctx, "allOrNone"));
        respond(ctx, store.write(writes, allOrNone, userId(ctx)), false);
    }

    private void retrieve(RoutingContext ctx) {
        SObjectRoutes.requireContact(ctx);
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
        List<SalesforceContactField> fields = SalesforceContactJson.fields(fieldNames, catalogue);
        String version = ctx.pathParam("version");
        List<Map<String, Object>> result = new ArrayList<>();
        for (JsonNode id : json.path("ids")) {
            result.add(EmulatedSalesforceIds.normalise(id.asText()).flatMap(store::find).filter(r -> !r.isDeleted())
                    .map(r -> SalesforceContactJson.record(r, version, fields)).orElse(null));
        }
        SalesforceJson.respond(ctx, 200, result);
    }

    /** A collection record must say it is a Contact in {@code attributes.type}. */
    private static Optional<ContactWrite> checkType(JsonNode record) {
        String type = record.path("attributes").path("type").asText(null);
        if (type == null) {
            return Optional.of(refused("INVALID_TYPE", "Must specify a type in the attributes of each record"));
        }
        if (!type.equalsIgnoreCase("Contact")) {
            return Optional.of(refused("INVALID_TYPE", "sObject type '" + type
                    + "' is not supported. The sandbox emulates Contact only."));
        }
        return Optional.empty();
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

    private static ContactWrite refused(String code, String message, String... fields) {
        return new ContactWrite.Refused(400, List.of(EmulatedSalesforceError.of(code, message, fields)));
    }

    private static Map<SalesforceContactField, Object> without(Map<SalesforceContactField, Object> changes, SalesforceContactField field) {
        Map<SalesforceContactField, Object> copy = new LinkedHashMap<>(changes);
        copy.remove(field);
        return copy;
    }

    private static String userId(RoutingContext ctx) {
        return ApiGate.session(ctx).user().userId();
    }
}
