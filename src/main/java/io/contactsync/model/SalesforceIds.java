package io.contactsync.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salesforce record ids: the 15-character form and its 18-character, case-insensitive-safe form (the sync reads
 * ids from record URLs; the Salesforce emulator issues them).
 */
public final class SalesforceIds {

    private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final Pattern ID_AT_END = Pattern.compile(
            "/([A-Za-z0-9]{18}|[A-Za-z0-9]{15})(?:/view)?/?(?:[?#].*)?$");

    private SalesforceIds() {
    }

    /** The id at the end of a record URL ({@code .../<id>} or {@code .../<id>/view}), in 18-character form. */
    public static Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = ID_AT_END.matcher(url.trim());
        return matcher.find() ? Optional.of(to18(matcher.group(1))) : Optional.empty();
    }

    /**
     * The 18-character form: each 5-character chunk of a 15-character id adds a letter encoding which of its
     * characters are upper case.
     */
    public static String to18(String id) {
        if (id.length() != 15) {
            return id;
        }
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX_CHARS.charAt(bits));
        }
        return id + suffix;
    }
}
