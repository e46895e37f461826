package io.contactsync.sandbox.genesys;

import java.util.Locale;
import java.util.Set;

/**
 * Checks a contact a client sent against Genesys' documented limits and returns it as the server stores it:
 * text trimmed (blank means absent), phones normalised, {@code type} defaulting to Curated. Every invalid field
 * is reported at once, each naming the field.
 */
final class ContactValidator {

    static final int NAME_MAX = 1000;
    static final int URL_MAX = 1000;
    static final String DEFAULT_TYPE = "Curated";

    private static final Set<String> TYPES = Set.of("Ephemeral", "Identified", "Curated");

    private ContactValidator() {
    }

    /**
     * @throws EmulatedGenesysError 400 naming every invalid field
     */
    static ContactFields validate(ContactFields contact, GenesysBehaviour behaviour) {
        FieldChecks v = new FieldChecks(behaviour);
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
                type(v, contact.type()));
        v.throwIfInvalid("contact");
        return valid;
    }

    private static String type(FieldChecks v, String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_TYPE;
        }
        String trimmed = value.trim();
        String canonical = trimmed.substring(0, 1).toUpperCase(Locale.ROOT)
                + trimmed.substring(1).toLowerCase(Locale.ROOT);
        if (!TYPES.contains(canonical)) {
            v.reject("type", trimmed, "must be one of Ephemeral, Identified, Curated");
        }
        return canonical;
    }
}
