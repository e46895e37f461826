package io.contactsync.sandbox;

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

    /** Deletes every record and token, as after a fresh start. Faults, limits and stats are not touched. */
    void reset();

    /** Creates the requested demo contacts; returns how many this side now holds. */
    int seed(SeedRequest request);

    /** Makes every issued access token invalid, as if they had all expired now. */
    void expireAllTokens();

    /** Writes errors in this service's shape. */
    ErrorResponder errors();
}
