package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.MappedObject;
import io.contactsync.store.TextLimits;

import java.util.Arrays;
import java.util.Locale;

/** Reads the admin API's parameters and request bodies; anything malformed is a 400 that names the problem. */
public final class ApiParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private ApiParams() {
    }

    /** {@code limit}: 50 when absent, at most 500. */
    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit.trim());
            if (n < 1) {
                throw new ApiError(400, "limit must be at least 1, not " + n);
            }
            return Math.min(MAX_LIMIT, n);
        } catch (NumberFormatException e) {
            throw new ApiError(400, "limit must be a number, not '" + limit + "'");
        }
    }

    /** A {@code status} filter, case-insensitive; null (every status) when absent. */
    public static <E extends Enum<E>> E status(String status, Class<E> type) {
        return filter("status", status, type);
    }

    /**
     * An {@code object} filter ({@code contact}, {@code organization}), case-insensitive; null (every object) when
     * absent.
     */
    public static MappedObject mappedObject(String object) {
        return filter("object", object, MappedObject.class);
    }

    private static <E extends Enum<E>> E filter(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not '" + value + "'");
        }
    }

    /** A numeric id from the path. */
    public static long id(String id, String what) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(400, what + " id must be a number, not '" + id + "'");
        }
    }

    /** The request body as a JSON object. */
    public static ObjectNode object(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : AdminApi.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "malformed JSON: the body is not a valid JSON document");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ApiError(400, "the body must be a JSON object");
        }
        return object;
    }

    /**
     * A text member of a request body of at most {@code maxLength} characters (see {@link TextLimits}), or null when
     * absent; any other JSON type or a longer text is a 400.
     */
    public static String text(ObjectNode body, String name, int maxLength) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiError(400, "\"" + name + "\" must be a string");
        }
        String text = value.asText();
        if (text.length() > maxLength) {
            throw new ApiError(400, "\"" + name + "\" is too long: at most " + maxLength + " characters, not "
                    + text.length());
        }
        return text;
    }

    /** Refuses members the call does not know, so that a misspelt one is not silently ignored. */
    public static void onlyKnown(ObjectNode body, String... known) {
        body.fieldNames().forEachRemaining(name -> {
            if (Arrays.stream(known).noneMatch(name::equals)) {
                throw new ApiError(400, "unknown member \"" + name + "\" (known: " + String.join(", ", known) + ")");
            }
        });
    }
}
