package io.contactsync.api;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;

/** The single-record REST paths of both systems, for an operator's reads. */
public final class RecordPaths {

    private final String salesforceApiVersion;

    public RecordPaths(String salesforceApiVersion) {
        this.salesforceApiVersion = salesforceApiVersion;
    }

    /** A record of the side: a contact, or an organization (an Account in Salesforce). */
    public String record(MappedObject object, Side side, String id) {
        return side == Side.SALESFORCE
                ? "/services/data/v" + salesforceApiVersion + "/sobjects/" + object.salesforceObject() + "/" + id
                : "/api/v2/externalcontacts/" + object.genesysCollection() + "/" + id;
    }
}
