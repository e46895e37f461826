package io.contactsync.model;

import java.time.Instant;

/**
 * Both sides changed a field to different values (or, without a base, simply hold different values). Every
 * losing value is here, for the audit log.
 *
 * @param base                  the last agreed value (null when none)
 * @param salesforceModifiedAt  null when Salesforce was not seen this cycle
 * @param genesysModifiedAt     null when Genesys Cloud was not seen this cycle
 * @param winner                the side whose value was taken, or null under MANUAL (nothing written, review)
 * @param chosenValue           the value written to both sides; null under MANUAL
 */
public record FieldConflict(ContactField field, String base, String salesforceValue, String genesysValue,
                            Instant salesforceModifiedAt, Instant genesysModifiedAt, FieldPolicy policy,
                            Side winner, String chosenValue) {

    public boolean needsReview() {
        return winner == null;
    }

    public String valueOf(Side side) {
        return side == Side.SALESFORCE ? salesforceValue : genesysValue;
    }
}
