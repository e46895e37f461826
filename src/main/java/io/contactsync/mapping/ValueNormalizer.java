package io.contactsync.mapping;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.contactsync.model.ContactField;
import io.contactsync.model.Emails;
import io.contactsync.model.NormalizationWarning;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts raw values into canonical form before they are compared: trimmed, line breaks as {@code \n}, empty means
 * no value; email lower-cased; phone numbers in E.164, an extension appended as {@code ;ext=N} (RFC 3966); the
 * other types as {@link FieldType} says. A value that cannot be normalised (a phone number libphonenumber cannot
 * read, an email without {@code @}, a number that is not one) is kept as typed and comes with a warning: it is
 * never dropped.
 */
public final class ValueNormalizer {

    static final String EXTENSION = ";ext=";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region assumed for numbers typed without a country code, e.g. "US" */
    public ValueNormalizer(String defaultRegion) {
        String region = defaultRegion.trim().toUpperCase(Locale.ROOT);
        if (!PHONES.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("Unknown phone region '" + defaultRegion
                    + "': use an ISO 3166 code such as US, GB or DE");
        }
        this.defaultRegion = region;
    }

    /** The normalised value (null when empty) and, when it could not be normalised, a warning. */
    public record Normalized(String value, NormalizationWarning warning) {
    }

    public Normalized normalize(ContactField field, FieldType type, String raw) {
        String text = raw == null ? null : raw.replace("\r\n", "\n").strip();
        if (text == null || text.isEmpty()) {
            return new Normalized(null, null);
        }
        return switch (type) {
            case EMAIL -> email(field, text);
            case PHONE -> phone(field, text);
            default -> typed(field, type, text);
        };
    }

    private static Normalized typed(ContactField field, FieldType type, String text) {
        try {
            String canonical = type.canonical(text);
            return new Normalized(canonical.isEmpty() ? null : canonical, null);
        } catch (IllegalArgumentException e) {
            return new Normalized(text, new NormalizationWarning(field, text, e.getMessage() + "; kept as typed"));
        }
    }

    private static Normalized email(ContactField field, String text) {
        String canonical = Emails.canonical(text);
        return EMAIL.matcher(canonical).matches() ? new Normalized(canonical, null)
                : new Normalized(canonical, new NormalizationWarning(field, text, "not an email address"));
    }

    private Normalized phone(ContactField field, String text) {
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(text, defaultRegion);
            if (PHONES.isValidNumber(number)) {
                String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
                return new Normalized(number.hasExtension() ? e164 + EXTENSION + number.getExtension() : e164, null);
            }
        } catch (NumberParseException e) {
            return new Normalized(text, new NormalizationWarning(field, text,
                    "not a phone number (" + e.getMessage() + "); kept as typed"));
        }
        return new Normalized(text, new NormalizationWarning(field, text,
                "not a valid phone number for region " + defaultRegion + "; kept as typed"));
    }
}
