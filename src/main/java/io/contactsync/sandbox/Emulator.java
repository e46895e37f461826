package io.contactsync.sandbox;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * One emulated SaaS API. The {@link EmulatorServer} puts request counting, fault injection and the
 * {@code /__sandbox} control API in front of the routes the emulator mounts.
 */
public interface Emulator {

    /** Short name used in logs and the start-up banner, e.g. "Salesforce". */
    String name();

    /** Registers the API routes. Called once, after the server knows its base URL. */
    void mountApi(Router router, String baseUrl);

    /**
     * Deletes every record (contacts, organizations, ...), token and custom field declared at run time, as after
     * a fresh start. Faults, limits
     * and stats are not touched.
     */
    void reset();

    /** Creates the requested demo contacts; returns how many this side now holds. */
    int seed(SeedRequest request);

    /** Makes every issued access token invalid, as if they had all expired now. */
    void expireAllTokens();

    /** Writes errors in this service's shape. */
    ErrorResponder errors();

    /**
     * The settings of behaviour the service's documentation leaves open (status codes, limits, ...), as
     * served by {@code GET /__sandbox/behaviour}; empty when the emulator has none.
     */
    default JsonObject behaviour() {
        return new JsonObject();
    }

    /**
     * Changes some of those settings ({@code POST /__sandbox/behaviour}) and returns them all. Not touched by
     * {@link #reset()}.
     *
     * @throws IllegalArgumentException for an unknown setting or a bad value
     */
    default JsonObject changeBehaviour(JsonObject changes) {
        if (!changes.isEmpty()) {
            throw new IllegalArgumentException(name() + " has no configurable behaviour");
        }
        return behaviour();
    }

    /**
     * Declares custom fields, as an admin adds them to the org ({@code POST /__sandbox/fields}); they last
     * until {@link #reset()}. Returns what was declared.
     *
     * @throws IllegalArgumentException for a bad declaration, or when the service declares its custom fields
     *                                  through its own API
     */
    default JsonObject declareFields(JsonObject declaration) {
        throw new IllegalArgumentException(name() + " declares custom fields through its own API, not /__sandbox/fields");
    }
}
