package io.contactsync.sandbox.salesforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One stored Contact, immutable: every write makes a new version. Values are typed by field: String for text
 * and ids, {@link Instant} for datetimes, {@link LocalDate}, Double and Boolean. Values are keyed by the
 * field's API name as the catalogue spells it, so a custom field declared again with other settings keeps its
 * values.
 */
final class ContactRecord {

    private final Map<String, Object> values;

    private ContactRecord(Map<String, Object> values) {
        this.values = values;
    }

    /** A new record with the client's values and the server-set fields of a create. */
    static ContactRecord created(String id, Map<SalesforceContactField, Object> changes, String userId, Instant stamp) {
        ContactRecord record = new ContactRecord(new HashMap<>()).with(changes);
        record.put(SalesforceContactField.ID, id);
        record.put(SalesforceContactField.CREATED_DATE, stamp);
        record.put(SalesforceContactField.CREATED_BY_ID, userId);
        record.put(SalesforceContactField.IS_DELETED, Boolean.FALSE);
        return record.stamped(userId, stamp);
    }

    /** This record with the client's changes applied, as written by {@code userId} at {@code stamp}. */
    ContactRecord updated(Map<SalesforceContactField, Object> changes, String userId, Instant stamp) {
        return new ContactRecord(new HashMap<>(values)).with(changes).stamped(userId, stamp);
    }

    /** This record moved to the recycle bin by {@code userId} at {@code stamp}. */
    ContactRecord deleted(String userId, Instant stamp) {
        ContactRecord copy = new ContactRecord(new HashMap<>(values));
        copy.put(SalesforceContactField.IS_DELETED, Boolean.TRUE);
        return copy.stamped(userId, stamp);
    }

    /** Only while building a new version, before it is shared. */
    private void put(SalesforceContactField field, Object value) {
        values.put(field.apiName(), value);
    }

    private ContactRecord with(Map<SalesforceContactField, Object> changes) {
        changes.forEach(this::put);
        return this;
    }

    private ContactRecord stamped(String userId, Instant stamp) {
        put(SalesforceContactField.LAST_MODIFIED_DATE, stamp);
        put(SalesforceContactField.LAST_MODIFIED_BY_ID, userId);
        put(SalesforceContactField.SYSTEM_MODSTAMP, stamp);
        return this;
    }

    Object get(SalesforceContactField field) {
        if (field == SalesforceContactField.NAME) {
            String first = (String) get(SalesforceContactField.FIRST_NAME);
            String last = (String) get(SalesforceContactField.LAST_NAME);
            return first == null ? last : first + " " + last;
        }
        return values.get(field.apiName());
    }

    String id() {
        return (String) get(SalesforceContactField.ID);
    }

    boolean isDeleted() {
        return (Boolean) get(SalesforceContactField.IS_DELETED);
    }

    Instant systemModstamp() {
        return (Instant) get(SalesforceContactField.SYSTEM_MODSTAMP);
    }

    Instant lastModifiedDate() {
        return (Instant) get(SalesforceContactField.LAST_MODIFIED_DATE);
    }

    String externalId() {
        return (String) get(SalesforceContactField.EXTERNAL_GENESYS_ID);
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
