package io.contactsync.sandbox.genesys;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks the record validators share, each returning the value as the server stores it (text trimmed,
 * blank meaning absent) and noting every invalid field, so that all of them are reported at once.
 */
final class FieldChecks {

    static final int EMAIL_MAX = 256;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final List<FieldError> errors = new ArrayList<>();
    private final int address1MaxLength;

    FieldChecks(GenesysBehaviour behaviour) {
        this.address1MaxLength = behaviour.address1MaxLength();
    }

    String text(String field, String value, int maxLength) {
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

    String requiredText(String field, String value, int maxLength) {
        String trimmed = text(field, value, maxLength);
        if (trimmed == null) {
            errors.add(new FieldError(field, null, "is required"));
        }
        return trimmed;
    }

    String email(String field, String value) {
        String trimmed = text(field, value, EMAIL_MAX);
        if (trimmed != null && !EMAIL.matcher(trimmed).matches()) {
            errors.add(new FieldError(field, trimmed, "'" + trimmed + "' is not a valid email address"));
        }
        return trimmed;
    }

    ContactAddress address(ContactAddress address) {
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

    void reject(String field, String value, String message) {
        errors.add(new FieldError(field, value, message));
    }

    /**
     * @throws EmulatedGenesysError 400 naming every invalid field, if any was noted
     */
    void throwIfInvalid(String noun) {
        if (!errors.isEmpty()) {
            throw EmulatedGenesysError.invalidFields("The " + noun + " is invalid", errors);
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
