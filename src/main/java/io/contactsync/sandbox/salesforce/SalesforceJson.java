package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads request JSON and writes responses in Salesforce's shapes. */
final class SalesforceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SalesforceJson() {
    }

    static void respond(RoutingContext ctx, int status, Object body) {
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json;charset=UTF-8")
                    .end(Buffer.buffer(MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    /** The first value of a query parameter, or null. */
    static String param(RoutingContext ctx, String name) {
        List<String> values = ctx.queryParam(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The body of a successful create: {@code {"id","success":true,"errors":[]}}, with {@code created} for upserts. */
    static Map<String, Object> saveResult(String id, Boolean created) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", id);
        result.put("success", true);
        result.put("errors", List.of());
        if (created != null) {
            result.put("created", created);
        }
        return result;
    }

    static void noContent(RoutingContext ctx) {
        ctx.response().setStatusCode(204).end();
    }

    /** An error response: {@code [{"message","errorCode","fields"}]}. */
    static void errors(RoutingContext ctx, int status, List<EmulatedSalesforceError> errors) {
        respond(ctx, status, errorList(errors, "errorCode"));
    }

    /** Errors as Salesforce writes them: {@code errorCode} in single-record responses, {@code statusCode} in collections. */
    static List<Map<String, Object>> errorList(List<EmulatedSalesforceError> errors, String codeKey) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (EmulatedSalesforceError error : errors) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (codeKey.equals("statusCode")) {
                entry.put("statusCode", error.errorCode());
                entry.put("message", error.message());
            } else {
                entry.put("message", error.message());
                entry.put("errorCode", error.errorCode());
            }
            entry.put("fields", error.fields());
            list.add(entry);
        }
        return list;
    }

    /** The request body as JSON; malformed JSON is Salesforce's JSON_PARSER_ERROR. */
    static JsonNode body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "The HTTP entity body is required, but this request"
                    + " has no entity body.");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "JSON_PARSER_ERROR", e.getOriginalMessage() + " at [line:"
                    + e.getLocation().getLineNr() + ", column:" + e.getLocation().getColumnNr() + "]");
        }
    }
}
