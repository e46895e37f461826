package io.contactsync.api;

import io.contactsync.model.Side;

/**
 * A single-record read an operator's job makes, carried by the {@code admin-read-record} route: camel-salesforce
 * {@code raw} for Salesforce, {@code direct:call-genesys} for Genesys Cloud. Writes go through the writers.
 */
public record RecordRead(Side side, String path) {
}
