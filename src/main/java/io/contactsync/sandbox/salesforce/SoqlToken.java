package io.contactsync.sandbox.salesforce;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One SOQL token. A string literal carries its decoded value and the LIKE pattern it stands for, because
 * {@code \%} and {@code \_} are literal characters in LIKE while {@code %} and {@code _} are wildcards.
 *
 * @param value the decoded value: the string for STRING, the text otherwise
 * @param like  for STRING tokens, the case-insensitive pattern the literal means after LIKE
 * @param start offset of the token's first character in the query
 */
record SoqlToken(Kind kind, String value, Pattern like, int start) {

    enum Kind { IDENTIFIER, STRING, NUMBER, DATE, DATETIME, OPERATOR, COMMA, DOT, COLON, LEFT_PAREN, RIGHT_PAREN, END }

    boolean isKeyword(String keyword) {
        return kind == Kind.IDENTIFIER && value.equalsIgnoreCase(keyword);
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    String keyword() {
        return value.toUpperCase(Locale.ROOT);
    }

    /** How the token is named in error messages. */
    String describe() {
        return kind == Kind.END ? "<EOF>" : kind == Kind.STRING ? "'" + value + "'" : value;
    }
}
