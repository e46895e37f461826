package io.contactsync.sandbox.genesys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a contact a client sent against Genesys' documented limits and returns it as the server stores it:
 * text trimmed (blank means absent), phones normalised, {@code type} defaulting to Curated. Every invalid field
 * is reported at once, each naming the field.
 */
final class ContactValidator {

    static final int NAME_MAX = 1000;
    static final int EMAIL_MAX = 256;
    static final int URL_MAX = 1000;
    static final String DEFAULT_TYPE = "Curated";

    private static final Set<String> TYPES = Set.of("Ephemeral", "Identified", "Curated");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final List<FieldError> errors = new ArrayList<>();
    private final int address1MaxLength;

    private ContactValidator(int address1MaxLength) {
        this.address1MaxLength = address1MaxLength;
    }

    /**
     * @throws EmulatedGenesysError 400 naming every invalid field
     */
    static ContactFields validate(ContactFields contact, GenesysBehaviour behaviour) {
        ContactValidator v = new ContactValidator(behaviour.address1MaxLength());
        ContactFields valid = new ContactFields(
                v.text("firstName", contact.firstName(), NAME_MAX),
                v.text("middleName", contact.middleName(), NAME_MAX),
                v.text("lastName", contact.lastName(), NAME_MAX),
                v.text("salutation", contact.salutation(), NAME_MAX),
                v.text("title", contact.title(), NAME_MAX),
                PhoneNormaliser.normalise(contact.workPhone()),
                PhoneNormaliser.normalise(contact.cellPhone()),
                PhoneNormaliser.normalise(contact.homePhone()),
                PhoneNormaliser.normalise(contact.otherPhone()),
                v.email("workEmail", contact.workEmail()),
                v.email("personalEmail", contact.personalEmail()),
                v.email("otherEmail", contact.otherEmail()),
                v.address(contact.address()),
                contact.twitterId(), contact.lineId(), contact.whatsAppId(), contact.facebookId(),
                contact.externalOrganization() == null || contact.externalOrganization().id() == null
                        ? null : contact.externalOrganization(),
                contact.surveyOptOut(),
                v.text("externalSystemUrl", contact.externalSystemUrl(), URL_MAX),
                contact.schema(), contact.customFields(),
                v.type(contact.type()));
        if (!v.errors.isEmpty()) {
            throw EmulatedGenesysError.invalidFields(v.errors);
        }
        return valid;
    }

    private String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            errors.add(new FieldError(field, abbreviated(trimmed),
                    "must be at most " + maxLength + " characters, not " + trimmed.length()));
        }
        return trimmed;
    }

    private String email(String field, String value) {
        String trimmed = text(field, value, EMAIL_MAX);
        if (trimmed != null && !EMAIL.matcher(trimmed).matches()) {
            errors.add(new FieldError(field, trimmed, "'" + trimmed + "' is not a valid email address"));
        }
        return trimmed;
    }

    private ContactAddress address(ContactAddress address) {
        if (address == null) {
            return null;
        }
        ContactAddress trimmed = new ContactAddress(
                text("address.address1", address.address1(), address1MaxLength),
                text("address.address2", address.address2(), 200),
                text("address.city", address.city(), 100),
                text("address.state", address.state(), 50),
                text("address.postalCode", address.postalCode(), 25),
                text("address.countryCode", address.countryCode(), 25));
        return trimmed.equals(new ContactAddress(null, null, null, null, null, null)) ? null : trimmed;
    }

    private String type(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_TYPE;
        }
        String trimmed = value.trim();
        String canonical = trimmed.substring(0, 1).toUpperCase(Locale.ROOT)
                + trimmed.substring(1).toLowerCase(Locale.ROOT);
        if (!TYPES.contains(canonical)) {
            errors.add(new FieldError("type", trimmed, "must be one of Ephemeral, Identified, Curated"));
        }
        return canonical;
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
