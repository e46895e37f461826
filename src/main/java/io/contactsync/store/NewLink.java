package io.contactsync.store;

/**
 * A pair to link, with its first base. At least one record id is needed; the base may be null when an operator
 * links two records that were never synced (the next cycle then treats every differing field as a conflict). The
 * echoes of the base (JSON, see {@link ContactLink}) may be null: none.
 */
public record NewLink(String salesforceId, String genesysId, String baseSnapshot, String baseHash, String baseEmail,
                      String baseEchoes) {

    /** A link whose base has no echoes. */
    public NewLink(String salesforceId, String genesysId, String baseSnapshot, String baseHash, String baseEmail) {
        this(salesforceId, genesysId, baseSnapshot, baseHash, baseEmail, null);
    }

    public NewLink {
        if (salesforceId == null && genesysId == null) {
            throw new IllegalArgumentException("A link needs a Salesforce id, a Genesys id or both");
        }
    }
}
