package io.contactsync.sandbox.salesforce;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Salesforce's datetime text: JSON responses use {@code 2024-01-01T00:00:00.000+0000} (UTC, offset without a
 * colon); request parameters accept that and the ISO forms {@code Z} and {@code +00:00}.
 */
final class SalesforceDates {

    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private SalesforceDates() {
    }

    static String format(Instant instant) {
        return OUTPUT.format(instant);
    }

    /** Parses an ISO-8601 datetime with an offset ({@code Z}, {@code +00:00} or {@code +0000}). */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, INPUT).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Salesforce keeps datetimes to the millisecond. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
