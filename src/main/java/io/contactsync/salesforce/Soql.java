package io.contactsync.salesforce;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Builds the SOQL the sync sends, with every value escaped as a SOQL string literal, so that a value such
 * as {@code o'hara@x.com} can neither break a query nor change its meaning.
 */
public final class Soql {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Soql() {
    }

    /** A quoted SOQL string literal. */
    public static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /**
     * An unquoted SOQL datetime literal, rounded down to the second: rounding down only widens a
     * {@code >=} window, so no change is missed.
     */
    public static String datetime(Instant instant) {
        return DATETIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Records of the sObject ({@code Contact}, {@code Account}) modified at or after {@code since}, oldest first, ties
     * broken by id so paging is stable; without those last modified by {@code ignoredUserId} when it is given (the
     * integration user: its own writes need not come back).
     */
    public static String modifiedSince(String sObject, Collection<String> fields, Instant since,
                                       String ignoredUserId) {
        return "SELECT " + String.join(", ", fields) + " FROM " + sObject + " WHERE SystemModstamp >= "
                + datetime(since)
                + (ignoredUserId == null ? "" : " AND LastModifiedById != " + literal(ignoredUserId))
                + " ORDER BY SystemModstamp, Id";
    }

    /** Records of the sObject with the given ids. */
    public static String byIds(String sObject, Collection<String> fields, Collection<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("at least one id is needed");
        }
        return "SELECT " + String.join(", ", fields) + " FROM " + sObject + " WHERE Id IN ("
                + ids.stream().map(Soql::literal).collect(Collectors.joining(", ")) + ")";
    }

    /** Contacts whose email equals {@code email} (Salesforce compares case-insensitively). */
    public static String byEmail(Collection<String> fields, String email) {
        return "SELECT " + String.join(", ", fields) + " FROM Contact WHERE Email = " + literal(email);
    }
}
