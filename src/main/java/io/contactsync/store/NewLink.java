package io.contactsync.store;

import io.contactsync.model.MappedObject;

/**
 * A pair of one object's records to link, with its first base. At least one record id is needed; the base may be null
 * when an operator links two records that were never synced (the next cycle then treats every differing field as a
 * conflict). The echoes of the base (JSON, see {@link ContactLink}) may be null: none.
 */
public record NewLink(MappedObject object, String salesforceId, String genesysId, String baseSnapshot, String baseHash,
                      String baseEmail, String baseEchoes) {

    /** A link whose base has no echoes. */
    public NewLink(MappedObject object, String salesforceId, String genesysId, String baseSnapshot, String baseHash,
                   String baseEmail) {
        this(object, salesforceId, genesysId, baseSnapshot, baseHash, baseEmail, null);
    }

    public NewLink {
        if (object == null) {
            throw new IllegalArgumentException("A link names its object");
        }
        if (salesforceId == null && genesysId == null) {
            throw new IllegalArgumentException("A link needs a Salesforce id, a Genesys id or both");
        }
    }
}
