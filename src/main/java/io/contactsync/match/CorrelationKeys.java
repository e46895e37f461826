package io.contactsync.match;

import io.contactsync.model.ContactField;
import io.contactsync.model.NormalizationWarning;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.util.List;
import java.util.Optional;

/**
 * The key the routes aggregate records on, so that the two sides of one person meet. In order of trust:
 * <ol>
 *   <li>{@code link:<pairId>} - a stored link;</li>
 *   <li>{@code sf:<salesforceId>} - the other side's id that the sync wrote into the record (a Salesforce
 *       contact carrying a Genesys Cloud id keys on its own id; a Genesys Cloud contact keys on the Salesforce id
 *       in its {@code externalSystemUrl});</li>
 *   <li>{@code email:<normalised email>};</li>
 *   <li>{@code phone:<E.164>} - only when phone matching is switched on: the first valid number of mobile,
 *       work, home, other;</li>
 *   <li>{@code record:<side>:<id>} - nothing to match on: the record stands alone.</li>
 * </ol>
 * A deleted record without a link keys alone ({@code deleted:<side>:<id>}): there is nothing to pair it with.
 */
public final class CorrelationKeys {

    private static final List<ContactField> PHONES_BY_TRUST = List.of(ContactField.MOBILE_PHONE,
            ContactField.WORK_PHONE, ContactField.HOME_PHONE, ContactField.OTHER_PHONE);

    private final LinkLookup links;
    private final boolean matchByPhone;

    public CorrelationKeys(LinkLookup links, boolean matchByPhone) {
        this.links = links;
        this.matchByPhone = matchByPhone;
    }

    /** The key of the records of a linked pair. */
    public static String ofLink(String pairId) {
        return "link:" + pairId;
    }

    public String keyFor(SideRecord record) {
        Optional<String> pairId = links.pairIdFor(record.side(), record.id());
        if (pairId.isPresent()) {
            return ofLink(pairId.get());
        }
        if (record.deleted()) {
            return "deleted:" + record.side() + ":" + record.id();
        }
        if (record.otherSideId() != null) {
            return "sf:" + (record.side() == Side.SALESFORCE ? record.id() : record.otherSideId());
        }
        String email = record.contact().get(ContactField.EMAIL);
        if (email != null) {
            return "email:" + email;
        }
        if (matchByPhone) {
            Optional<String> phone = PHONES_BY_TRUST.stream()
                    .filter(field -> record.contact().get(field) != null && !hasWarning(record, field))
                    .map(field -> record.contact().get(field)).findFirst();
            if (phone.isPresent()) {
                return "phone:" + phone.get();
            }
        }
        return "record:" + record.side() + ":" + record.id();
    }

    private static boolean hasWarning(SideRecord record, ContactField field) {
        return record.warnings().stream().map(NormalizationWarning::field).anyMatch(field::equals);
    }
}
