package io.contactsync.sandbox.salesforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One stored record of an emulated sObject, immutable: every write makes a new version; its id's key prefix
 * tells its sObject. Values are typed by field: String for text and ids, {@link Instant} for datetimes,
 * {@link LocalDate}, Double and Boolean. Values are keyed by the field's API name as the catalogue spells it,
 * so a custom field declared again with other settings keeps its values.
 */
final class SObjectRecord {

    private final Map<String, Object> values;

    private SObjectRecord(Map<String, Object> values) {
        this.values = values;
    }

    /** A new record with the client's values and the server-set fields of a create. */
    static SObjectRecord created(String id, Map<SalesforceField, Object> changes, String userId, Instant stamp) {
        SObjectRecord record = new SObjectRecord(new HashMap<>()).with(changes);
        record.values.put(SalesforceField.ID, id);
        record.put(SalesforceField.CREATED_DATE, stamp);
        record.put(SalesforceField.CREATED_BY_ID, userId);
        record.put(SalesforceField.IS_DELETED, Boolean.FALSE);
        return record.stamped(userId, stamp);
    }

    /** This record with the client's changes applied, as written by {@code userId} at {@code stamp}. */
    SObjectRecord updated(Map<SalesforceField, Object> changes, String userId, Instant stamp) {
        return new SObjectRecord(new HashMap<>(values)).with(changes).stamped(userId, stamp);
    }

    /** This record moved to the recycle bin by {@code userId} at {@code stamp}. */
    SObjectRecord deleted(String userId, Instant stamp) {
        SObjectRecord copy = new SObjectRecord(new HashMap<>(values));
        copy.put(SalesforceField.IS_DELETED, Boolean.TRUE);
        return copy.stamped(userId, stamp);
    }

    /** Only while building a new version, before it is shared. */
    private void put(SalesforceField field, Object value) {
        values.put(field.apiName(), value);
    }

    private SObjectRecord with(Map<SalesforceField, Object> changes) {
        changes.forEach(this::put);
        return this;
    }

    private SObjectRecord stamped(String userId, Instant stamp) {
        put(SalesforceField.LAST_MODIFIED_DATE, stamp);
        put(SalesforceField.LAST_MODIFIED_BY_ID, userId);
        put(SalesforceField.SYSTEM_MODSTAMP, stamp);
        return this;
    }

    Object get(SalesforceField field) {
        if (field == SalesforceContactField.NAME) {
            String first = (String) get(SalesforceContactField.FIRST_NAME);
            String last = (String) get(SalesforceContactField.LAST_NAME);
            return first == null ? last : first + " " + last;
        }
        return values.get(field.apiName());
    }

    String id() {
        return (String) values.get(SalesforceField.ID);
    }

    EmulatedSObject sObject() {
        return EmulatedSObject.ofId(id()).orElseThrow();
    }

    boolean isDeleted() {
        return (Boolean) get(SalesforceField.IS_DELETED);
    }

    Instant systemModstamp() {
        return (Instant) get(SalesforceField.SYSTEM_MODSTAMP);
    }

    Instant lastModifiedDate() {
        return (Instant) get(SalesforceField.LAST_MODIFIED_DATE);
    }

    /** The value of Contact's external-id field; null for other sObjects. */
    String externalId() {
        return sObject() == EmulatedSObject.CONTACT ? (String) get(SalesforceContactField.EXTERNAL_GENESYS_ID) : null;
    }

    /** The value as it appears in a JSON response: datetimes and dates as Salesforce formats them. */
    Object jsonValue(SalesforceField field) {
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
