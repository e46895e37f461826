package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The bulk endpoints of one kind of record ({@code bulk/contacts...}, {@code bulk/organizations...}):
 * {@code {"entities":[...]}} in, one result per entity out. A bad entity fails alone; the others are applied.
 * Too many entities fail the whole call with 400.
 */
final class BulkHandlers {

    private final RecordOperations<?, ?> operations;
    private final Supplier<GenesysBehaviour> behaviour;

    BulkHandlers(RecordOperations<?, ?> operations, Supplier<GenesysBehaviour> behaviour) {
        this.operations = operations;
        this.behaviour = behaviour;
    }

    void fetch(RoutingContext ctx) {
        respond(ctx, entity -> success(operations.get(idOf(entity))));
    }

    void add(RoutingContext ctx) {
        respond(ctx, entity -> success(operations.create(entity)));
    }

    void update(RoutingContext ctx) {
        respond(ctx, entity -> success(operations.update(idOf(entity), entity, null)));
    }

    void remove(RoutingContext ctx) {
        respond(ctx, entity -> {
            String id = idOf(entity);
            operations.delete(id);
            return new BulkResponse.Result(id, true, null, null);
        });
    }

    private void respond(RoutingContext ctx, Function<JsonNode, BulkResponse.Result> operation) {
        JsonNode entities = GenesysJson.body(ctx).path("entities");
        if (!entities.isArray()) {
            throw EmulatedGenesysError.badRequest("The request body must have an 'entities' array.");
        }
        int max = behaviour.get().bulkMaxBatchSize();
        if (entities.size() > max) {
            throw EmulatedGenesysError.badRequest("A bulk request may hold at most " + max + " entities, not "
                    + entities.size() + ".");
        }
        List<BulkResponse.Result> results = new ArrayList<>(entities.size());
        for (JsonNode entity : entities) {
            results.add(applyOne(entity, operation));
        }
        GenesysJson.send(ctx, 200, BulkResponse.of(results));
    }

    private static BulkResponse.Result applyOne(JsonNode entity, Function<JsonNode, BulkResponse.Result> operation) {
        try {
            return operation.apply(entity);
        } catch (EmulatedGenesysError e) {
            String id = entity.path("id").isTextual() ? entity.path("id").asText() : null;
            return new BulkResponse.Result(id, false, null, new BulkResponse.Error(e.code(), e.getMessage(),
                    e.status(), false, entity, e.fieldErrors()));
        }
    }

    private static BulkResponse.Result success(StoredRecord<?> record) {
        return new BulkResponse.Result(record.id(), true, record, null);
    }

    private static String idOf(JsonNode entity) {
        String id = entity.path("id").asText("").trim();
        if (id.isEmpty()) {
            throw EmulatedGenesysError.badRequest("Each entity needs an id.");
        }
        return id;
    }
}
