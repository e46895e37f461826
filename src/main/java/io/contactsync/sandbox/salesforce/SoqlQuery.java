package io.contactsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A parsed SOQL query on one emulated sObject.
 *
 * @param from    the queried sObject
 * @param select  the selected columns in query order; empty for {@code SELECT COUNT()}
 * @param count   whether this is {@code SELECT COUNT()}, which answers with totalSize only
 * @param where   the filter
 * @param orderBy the sort keys in priority order; empty keeps the store's order (creation order)
 * @param limit   the LIMIT, if any
 */
record SoqlQuery(EmulatedSObject from, List<Column> select, boolean count, SoqlCondition where, List<OrderKey> orderBy,
                 OptionalInt limit) {

    SoqlQuery {
        select = List.copyOf(select);
        orderBy = List.copyOf(orderBy);
    }

    /** How a row finds a record's parent by its id (deleted parents included). */
    interface Parents extends Function<String, Optional<SObjectRecord>> {
    }

    /** A selected column: a field of the queried sObject, or fields of a parent through a lookup. */
    sealed interface Column {
        void project(SObjectRecord record, Map<String, Object> row, String version, Parents parents);
    }

    record FieldColumn(SalesforceField field) implements Column {
        @Override
        public void project(SObjectRecord record, Map<String, Object> row, String version, Parents parents) {
            row.put(field.apiName(), record.jsonValue(field));
        }
    }

    /**
     * Parent fields through a lookup ({@code Account.Name, Account.Phone}): one nested record under the
     * relationship name, with its own attributes, or null when the lookup is empty.
     */
    record ParentColumn(SalesforceField lookup, List<SalesforceField> fields) implements Column {
        ParentColumn {
            fields = List.copyOf(fields);
        }

        ParentColumn with(SalesforceField field) {
            List<SalesforceField> more = new ArrayList<>(fields);
            more.add(field);
            return new ParentColumn(lookup, more);
        }

        @Override
        public void project(SObjectRecord record, Map<String, Object> row, String version, Parents parents) {
            Object parentId = record.get(lookup);
            row.put(lookup.relationshipName(), parentId == null ? null : parents.apply((String) parentId)
                    .map(parent -> SObjectJson.record(parent, version, fields)).orElse(null));
        }
    }

    record OrderKey(SalesforceField field, boolean ascending, boolean nullsFirst) {
    }

    Comparator<SObjectRecord> ordering() {
        Comparator<SObjectRecord> ordering = (a, b) -> 0;
        for (OrderKey key : orderBy) {
            ordering = ordering.thenComparing(FieldValues.ordering(key.field(), key.ascending(), key.nullsFirst()));
        }
        return ordering;
    }

    /** The row of one record: its attributes, then the selected columns in query order. */
    Map<String, Object> row(SObjectRecord record, String version, Parents parents) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("attributes", SObjectJson.attributes(version, record.id()));
        for (Column column : select) {
            column.project(record, row, version, parents);
        }
        return row;
    }
}
