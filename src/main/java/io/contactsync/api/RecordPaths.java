package io.contactsync.api;

import io.contactsync.model.Side;

/** The single-record REST paths of both systems, for an operator's reads. */
public final class RecordPaths {

    private final String salesforceApiVersion;

    public RecordPaths(String salesforceApiVersion) {
        this.salesforceApiVersion = salesforceApiVersion;
    }

    /** A contact of the side. */
    public String contact(Side side, String id) {
        return side == Side.SALESFORCE
                ? "/services/data/v" + salesforceApiVersion + "/sobjects/Contact/" + id
                : "/api/v2/externalcontacts/contacts/" + id;
    }
}
