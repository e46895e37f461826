package io.contactsync.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A contact as read from one side.
 *
 * @param side           where it was read
 * @param id             its id on that side
 * @param modifiedAt     when that side last changed it (Salesforce {@code SystemModstamp}, Genesys Cloud
 *                       {@code modifyDate}); for a delete, when it was seen deleted
 * @param contact        its canonical values
 * @param otherSideId    the id of its counterpart, if the sync wrote one into the record (Salesforce
 *                       {@code External_Genesys_ID__c}; the Salesforce id in Genesys Cloud's
 *                       {@code externalSystemUrl}); null otherwise
 * @param lastModifiedBy who changed it last, where the side says so (Salesforce {@code LastModifiedById}); may be
 *                       null
 * @param deleted        whether it has been deleted on that side
 * @param warnings       values that could not be normalised and were kept as typed
 * @param createdAt      when the record was created on that side (Salesforce {@code CreatedDate}, Genesys Cloud
 *                       {@code createDate}), or null when unknown: equal to {@code modifiedAt} while nobody has
 *                       changed it since
 */
public record SideRecord(Side side, String id, Instant modifiedAt, Contact contact, String otherSideId,
                         String lastModifiedBy, boolean deleted, List<NormalizationWarning> warnings,
                         Instant createdAt) {

    /** A record whose creation time is unknown. */
    public SideRecord(Side side, String id, Instant modifiedAt, Contact contact, String otherSideId,
                      String lastModifiedBy, boolean deleted, List<NormalizationWarning> warnings) {
        this(side, id, modifiedAt, contact, otherSideId, lastModifiedBy, deleted, warnings, null);
    }

    public SideRecord {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(contact, "contact");
        warnings = List.copyOf(warnings);
    }

    /** A record that vanished from its side (Genesys Cloud deletes are detected by absence from a full scan). */
    public static SideRecord vanished(Side side, String id, Instant detectedAt) {
        return new SideRecord(side, id, detectedAt, Contact.empty(), null, null, true, List.of());
    }

    /** Whether nobody has changed the record since it was created (unknown creation time: no). */
    public boolean unchangedSinceCreated() {
        return createdAt != null && createdAt.equals(modifiedAt);
    }
}
