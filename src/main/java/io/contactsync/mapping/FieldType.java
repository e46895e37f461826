package io.contactsync.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The type of a mapped field: how its values are put in canonical form, so that two values mean the same exactly
 * when their canonical forms are equal. Numbers compare by value ({@code 1.50} is {@code 1.5}), dates and times as
 * instants ({@code 2024-01-02T08:30:00.000+0000} is {@code 2024-01-02T08:30:00Z}), booleans by truth, tags as a set
 * (order and repeats do not count), references as ids. Text, email and phone are normalised by {@link ValueNormalizer}.
 */
public enum FieldType {
    TEXT,
    LONGTEXT,
    EMAIL,
    PHONE,
    NUMBER,
    BOOLEAN,
    DATE,
    DATETIME,
    PICKLIST,
    TAGS,
    /**
     * The organization a contact belongs to: Salesforce's {@code AccountId}, Genesys Cloud's
     * {@code externalOrganization.id}. Its canonical value is the Salesforce Account id; a Genesys Cloud organization
     * id is translated through the organizations' links ({@link OrganizationIds}).
     */
    REFERENCE;

    /** Separates tags in the canonical form, as Salesforce separates the values of a multi-select picklist. */
    public static final String TAG_SEPARATOR = ";";

    /** The name written in mapping files. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> fromFileName(String name) {
        return Arrays.stream(values()).filter(type -> type.fileName().equals(name)).findFirst();
    }

    public static String fileNames() {
        return Arrays.stream(values()).map(FieldType::fileName).collect(Collectors.joining(" | "));
    }

    /**
     * The canonical form of a trimmed, non-empty value of a type with an algebra of its own.
     *
     * @throws IllegalArgumentException naming why the value is not of this type
     */
    String canonical(String text) {
        return switch (this) {
            case TEXT, LONGTEXT, EMAIL, PHONE, PICKLIST, REFERENCE -> text;
            case NUMBER -> number(text);
            case BOOLEAN -> bool(text);
            case DATE -> date(text);
            case DATETIME -> dateTime(text);
            case TAGS -> tags(text);
        };
    }

    private static String number(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    private static String bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> "true";
            case "false" -> "false";
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    private static String date(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD)");
        }
    }

    private static String dateTime(String text) {
        try {
            return Timestamps.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date and time (ISO 8601 with an offset)");
        }
    }

    private static String tags(String text) {
        TreeSet<String> tags = new TreeSet<>();
        for (String tag : text.split(TAG_SEPARATOR)) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return String.join(TAG_SEPARATOR, tags);
    }
}
