package io.contactsync.api;

import io.contactsync.model.Side;

/**
 * One single-record call an operator action makes, carried by the {@code admin-record-call} route: camel-salesforce
 * {@code raw} for Salesforce, {@code direct:call-genesys} for Genesys Cloud.
 *
 * @param body            the JSON to send, or null
 * @param unmodifiedSince for a Salesforce PATCH, the HTTP-date sent as {@code If-Unmodified-Since}, or null
 */
public record RecordCall(Side side, String method, String path, String body, String unmodifiedSince) {

    public static RecordCall of(Side side, String method, String path, String body) {
        return new RecordCall(side, method, path, body, null);
    }
}
