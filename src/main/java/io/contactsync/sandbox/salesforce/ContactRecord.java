package io.contactsync.sandbox.salesforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * One stored Contact, immutable: every write makes a new version. Values are typed by field: String for text
 * and ids, {@link Instant} for datetimes, {@link LocalDate}, Double and Boolean.
 */
final class ContactRecord {

    private static final SalesforceContactField[] FIELDS = SalesforceContactField.values();

    private final Object[] values;

    private ContactRecord(Object[] values) {
        this.values = values;
    }

    /** A new record with the client's values and the server-set fields of a create. */
    static ContactRecord created(String id, Map<SalesforceContactField, Object> changes, String userId, Instant stamp) {
        Object[] values = new Object[FIELDS.length];
        changes.forEach((field, value) -> values[field.ordinal()] = value);
        values[SalesforceContactField.ID.ordinal()] = id;
        values[SalesforceContactField.CREATED_DATE.ordinal()] = stamp;
        values[SalesforceContactField.CREATED_BY_ID.ordinal()] = userId;
        values[SalesforceContactField.IS_DELETED.ordinal()] = Boolean.FALSE;
        return new ContactRecord(values).stamped(userId, stamp);
    }

    /** This record with the client's changes applied, as written by {@code userId} at {@code stamp}. */
    ContactRecord updated(Map<SalesforceContactField, Object> changes, String userId, Instant stamp) {
        Object[] copy = Arrays.copyOf(values, values.length);
        changes.forEach((field, value) -> copy[field.ordinal()] = value);
        return new ContactRecord(copy).stamped(userId, stamp);
    }

    /** This record moved to the recycle bin by {@code userId} at {@code stamp}. */
    ContactRecord deleted(String userId, Instant stamp) {
        Object[] copy = Arrays.copyOf(values, values.length);
        copy[SalesforceContactField.IS_DELETED.ordinal()] = Boolean.TRUE;
        return new ContactRecord(copy).stamped(userId, stamp);
    }

    private ContactRecord stamped(String userId, Instant stamp) {
        values[SalesforceContactField.LAST_MODIFIED_DATE.ordinal()] = stamp;
        values[SalesforceContactField.LAST_MODIFIED_BY_ID.ordinal()] = userId;
        values[SalesforceContactField.SYSTEM_MODSTAMP.ordinal()] = stamp;
        return this;
    }

    Object get(SalesforceContactField field) {
        if (field == SalesforceContactField.NAME) {
            String first = (String) values[SalesforceContactField.FIRST_NAME.ordinal()];
            String last = (String) values[SalesforceContactField.LAST_NAME.ordinal()];
            return first == null ? last : first + " " + last;
        }
        return values[field.ordinal()];
    }

    String id() {
        return (String) values[SalesforceContactField.ID.ordinal()];
    }

    boolean isDeleted() {
        return (Boolean) values[SalesforceContactField.IS_DELETED.ordinal()];
    }

    Instant systemModstamp() {
        return (Instant) values[SalesforceContactField.SYSTEM_MODSTAMP.ordinal()];
    }

    Instant lastModifiedDate() {
        return (Instant) values[SalesforceContactField.LAST_MODIFIED_DATE.ordinal()];
    }

    String externalId() {
        return (String) values[SalesforceContactField.EXTERNAL_GENESYS_ID.ordinal()];
    }

    /** The value as it appears in a JSON response: datetimes and dates as Salesforce formats them. */
    Object jsonValue(SalesforceContactField field) {
        Object value = get(field);
        if (value instanceof Instant instant) {
            return SalesforceDates.format(instant);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value;
    }
}
