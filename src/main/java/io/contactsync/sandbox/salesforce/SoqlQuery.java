package io.contactsync.sandbox.salesforce;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A parsed SOQL query on Contact.
 *
 * @param select  the selected columns in query order; empty for {@code SELECT COUNT()}
 * @param count   whether this is {@code SELECT COUNT()}, which answers with totalSize only
 * @param where   the filter
 * @param orderBy the sort keys in priority order; empty keeps the store's order (creation order)
 * @param limit   the LIMIT, if any
 */
record SoqlQuery(List<Column> select, boolean count, SoqlCondition where, List<OrderKey> orderBy,
                 OptionalInt limit) {

    SoqlQuery {
        select = List.copyOf(select);
        orderBy = List.copyOf(orderBy);
    }

    /** A selected column: a Contact field, or a parent lookup that is always empty (e.g. Account.Name). */
    sealed interface Column {
        void project(ContactRecord record, Map<String, Object> row);
    }

    record FieldColumn(SalesforceContactField field) implements Column {
        @Override
        public void project(ContactRecord record, Map<String, Object> row) {
            row.put(field.apiName(), record.jsonValue(field));
        }
    }

    /** The emulator has no Accounts: a Contact's parent lookup is null, as for a contact without an account. */
    record EmptyLookup(String relationship) implements Column {
        @Override
        public void project(ContactRecord record, Map<String, Object> row) {
            row.put(relationship, null);
        }
    }

    record OrderKey(SalesforceContactField field, boolean ascending, boolean nullsFirst) {
    }

    Comparator<ContactRecord> ordering() {
        Comparator<ContactRecord> ordering = (a, b) -> 0;
        for (OrderKey key : orderBy) {
            ordering = ordering.thenComparing(FieldValues.ordering(key.field(), key.ascending(), key.nullsFirst()));
        }
        return ordering;
    }

    /** The row of one record: the selected columns in query order, after the record's attributes. */
    Map<String, Object> row(ContactRecord record, Map<String, Object> attributes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("attributes", attributes);
        for (Column column : select) {
            column.project(record, row);
        }
        return row;
    }
}
