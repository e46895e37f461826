package io.contactsync.sandbox.salesforce;

import io.contactsync.model.SalesforceIds;

import java.util.Optional;

/**
 * Salesforce record ids: 15 case-sensitive characters (3-character key prefix, then the record number) and
 * the 3-character suffix that makes the 18-character form case-insensitive. Ids are numbered in fixed-width
 * base 62 in ASCII order, so comparing two ids of one prefix as strings compares their creation order.
 */
final class EmulatedSalesforceIds {

    static final String ACCOUNT_PREFIX = "001";
    static final String CONTACT_PREFIX = "003";
    static final String USER_PREFIX = "005";
    static final String ORG_PREFIX = "00D";

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String POD = "5g";
    private static final int NUMBER_WIDTH = 10;

    private EmulatedSalesforceIds() {
    }

    /** The 18-character id of record {@code number} with the given 3-character key prefix. */
    static String id(String prefix, long number) {
        char[] digits = new char[NUMBER_WIDTH];
        long rest = number;
        for (int i = NUMBER_WIDTH - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (rest % 62));
            rest /= 62;
        }
        return SalesforceIds.to18(prefix + POD + new String(digits));
    }

    /**
     * The 18-character form of a 15- or 18-character id, if {@code text} is shaped like one (letters and
     * digits only); an 18-character id is returned with its suffix recomputed from the first 15 characters.
     */
    static Optional<String> normalise(String text) {
        if (text == null || (text.length() != 15 && text.length() != 18)) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (BASE62.indexOf(text.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        String full = SalesforceIds.to18(text.substring(0, 15));
        if (text.length() == 18 && !full.substring(15).equalsIgnoreCase(text.substring(15))) {
            return Optional.empty();
        }
        return Optional.of(full);
    }
}
