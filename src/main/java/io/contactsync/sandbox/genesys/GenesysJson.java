package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.util.Map;

/**
 * JSON as the Genesys API speaks it: nulls omitted, unknown request fields ignored, dates in
 * {@link GenesysDates}' form. Malformed or mistyped
 * request bodies become 400 ErrorBodies.
 */
final class GenesysJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule().addSerializer(Instant.class, new GenesysDates.Serializer()))
            .build();

    private GenesysJson() {
    }

    /** The request body as a JSON object. */
    static JsonNode body(RoutingContext ctx) {
        String text = ctx.body().asString();
        if (text == null || text.isBlank()) {
            throw EmulatedGenesysError.badRequest("The request body is missing.");
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (!node.isObject()) {
                throw EmulatedGenesysError.badRequest("The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw EmulatedGenesysError.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        if (node == null || !node.isObject()) {
            throw EmulatedGenesysError.badRequest("Expected a JSON object, not " + node);
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw EmulatedGenesysError.badRequest("The request body does not match the "
                    + type.getSimpleName() + " schema: " + e.getOriginalMessage());
        }
    }

    /** The base value with every non-null property of {@code changes} written over it. */
    static <T> T overlay(T base, Object changes, Class<T> type) {
        ObjectNode merged = MAPPER.valueToTree(base);
        merged.setAll((ObjectNode) MAPPER.valueToTree(changes));
        return convert(merged, type);
    }

    /** The answer to a successful delete: 204 without a body, or 200 with {@code {}}, as configured. */
    static void sendDeleted(RoutingContext ctx, GenesysBehaviour behaviour) {
        if (behaviour.deleteStatus() == 204) {
            ctx.response().setStatusCode(204).end();
        } else {
            send(ctx, 200, Map.of());
        }
    }

    static void send(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(Buffer.buffer(MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }
}
