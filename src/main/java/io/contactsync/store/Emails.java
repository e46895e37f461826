package io.contactsync.store;

import java.util.Locale;

/** Emails are compared case-insensitively and without surrounding blanks; the store keeps them in that form. */
final class Emails {

    private Emails() {
    }

    static String normalise(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.trim().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
