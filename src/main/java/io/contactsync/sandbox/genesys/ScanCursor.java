package io.contactsync.sandbox.genesys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque scan cursor: the last contact id a page returned and when the cursor was issued. Like the real
 * service's, a cursor is valid for 24 hours.
 */
final class ScanCursor {

    static final Duration VALIDITY = Duration.ofHours(24);

    private ScanCursor() {
    }

    static String encode(String lastId, Instant issuedAt) {
        String plain = issuedAt.toEpochMilli() + ":" + lastId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the last id the cursor's page returned
     * @throws EmulatedGenesysError 400 if the cursor is malformed or has expired
     */
    static String decode(String cursor, Instant now) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        int colon = plain.indexOf(':');
        if (colon < 1 || colon == plain.length() - 1) {
            throw invalid(cursor);
        }
        Instant issuedAt;
        try {
            issuedAt = Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon)));
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
        if (!now.isBefore(issuedAt.plus(VALIDITY))) {
            throw EmulatedGenesysError.badRequest("The cursor has expired; start the scan again without a cursor.");
        }
        return plain.substring(colon + 1);
    }

    private static EmulatedGenesysError invalid(String cursor) {
        return EmulatedGenesysError.badRequest("The cursor '" + cursor + "' is not valid.");
    }
}
