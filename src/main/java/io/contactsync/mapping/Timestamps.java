package io.contactsync.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamps both APIs send: Salesforce {@code 2024-01-01T00:00:00.000+0000} (offset without a
 * colon), Genesys Cloud {@code 2024-01-01T12:34:56.789Z}, and the ISO variants with {@code +00:00} or without
 * milliseconds.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private Timestamps() {
    }

    /** @throws DateTimeParseException when the text is none of the accepted forms */
    public static Instant parse(String text) {
        return OffsetDateTime.parse(text, FORMAT).toInstant();
    }
}
