package io.contactsync.sandbox.genesys;

import io.vertx.core.MultiMap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Reading and writing the query parameters of the listing endpoints. */
final class QueryParams {

    private QueryParams() {
    }

    /**
     * @throws EmulatedGenesysError 400 if present but not a whole number in [min, max]
     */
    static int intParam(MultiMap params, String name, int defaultValue, int min, int max) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw EmulatedGenesysError.badRequest(name + " must be a whole number, not '" + value + "'.");
        }
        if (number < min || number > max) {
            throw EmulatedGenesysError.badRequest(name + " must be between " + min + " and " + max + ", not "
                    + number + ".");
        }
        return number;
    }

    static String text(MultiMap params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** {@code &name=value}, URL-encoded, or nothing when the value is null. */
    static String pair(String name, Object value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
