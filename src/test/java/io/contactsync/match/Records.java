package io.contactsync.match;

import io.contactsync.mapping.PackagedFields;
import io.contactsync.mapping.ValueNormalizer;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.NormalizationWarning;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Side records for matching tests, with values normalised as the mappers do. */
final class Records {

    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final ValueNormalizer NORMALIZER = new ValueNormalizer("US");

    private final Side side;
    private final String id;
    private Contact contact = Contact.empty();
    private final List<NormalizationWarning> warnings = new ArrayList<>();
    private String otherSideId;
    private boolean deleted;
    private Instant modifiedAt = T0;
    private Instant createdAt;

    private Records(Side side, String id) {
        this.side = side;
        this.id = id;
    }

    static Records salesforce(String id) {
        return new Records(Side.SALESFORCE, id);
    }

    static Records genesys(String id) {
        return new Records(Side.GENESYS, id);
    }

    Records with(ContactField field, String raw) {
        ValueNormalizer.Normalized normalized = NORMALIZER.normalize(field, PackagedFields.typeOf(field), raw);
        contact = contact.with(field, normalized.value());
        if (normalized.warning() != null) {
            warnings.add(normalized.warning());
        }
        return this;
    }

    Records naming(String otherSideId) {
        this.otherSideId = otherSideId;
        return this;
    }

    Records deleted() {
        this.deleted = true;
        return this;
    }

    Records at(Instant modifiedAt) {
        this.modifiedAt = modifiedAt;
        return this;
    }

    Records createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    SideRecord build() {
        return new SideRecord(side, id, modifiedAt, contact, otherSideId, null, deleted, warnings, createdAt);
    }
}
