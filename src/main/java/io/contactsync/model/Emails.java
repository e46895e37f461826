package io.contactsync.model;

import java.util.Locale;

/**
 * The one canonical form of an email address, used wherever emails are compared: the mapped contact, the
 * correlation key, the store's base email and the Genesys delete check all meet on it.
 */
public final class Emails {

    private Emails() {
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
