package io.contactsync.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one canonical form of an email address, used wherever emails are compared: the mapped contact, the
 * correlation key, the store's base email and the Genesys delete check all meet on it.
 */
public final class Emails {

    /** An address in free text, non-ASCII ones included (the same pattern as the log's masking). */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@([\\w-]+(\\.[\\w-]+)+)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private Emails() {
    }

    /**
     * The text with every address's local part replaced by {@code ***} ({@code ***@example.com}), as the log masks
     * it: for texts shown outside the log, such as a system's error in the health details.
     */
    public static String masked(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("***@$1");
    }

    /** Without surrounding blanks and lower-cased; null when there is no address. */
    public static String canonical(String email) {
        if (email == null) {
            return null;
        }
        String canonical = email.strip().toLowerCase(Locale.ROOT);
        return canonical.isEmpty() ? null : canonical;
    }
}
