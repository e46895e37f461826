package io.contactsync.match;

import io.contactsync.model.ContactField;
import io.contactsync.model.NormalizationWarning;
import io.contactsync.model.SideRecord;

import java.util.List;
import java.util.Optional;

/**
 * A contact's natural key: {@code email:<normalised email>}, else, only when phone matching is switched on,
 * {@code phone:<E.164>} of the first valid number of mobile, work, home, other.
 */
public final class PersonKey implements NaturalKey {

    private static final List<ContactField> PHONES_BY_TRUST = List.of(ContactField.MOBILE_PHONE,
            ContactField.WORK_PHONE, ContactField.HOME_PHONE, ContactField.OTHER_PHONE);

    private final boolean matchByPhone;

    public PersonKey(boolean matchByPhone) {
        this.matchByPhone = matchByPhone;
    }

    @Override
    public Optional<String> keyOf(SideRecord record) {
        String email = record.contact().get(ContactField.EMAIL);
        if (email != null) {
            return Optional.of("email:" + email);
        }
        if (!matchByPhone) {
            return Optional.empty();
        }
        return PHONES_BY_TRUST.stream()
                .filter(field -> record.contact().get(field) != null && !hasWarning(record, field))
                .map(field -> "phone:" + record.contact().get(field)).findFirst();
    }

    private static boolean hasWarning(SideRecord record, ContactField field) {
        return record.warnings().stream().map(NormalizationWarning::field).anyMatch(field::equals);
    }
}
