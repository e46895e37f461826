package io.contactsync.sandbox.salesforce;

import java.util.Comparator;

/**
 * How Salesforce compares two non-null values of one field: text case-insensitively, ids exactly (they are
 * already in their 18-character form), numbers, dates and datetimes by value.
 */
final class FieldValues {

    private FieldValues() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(DescribeFieldType type, Object left, Object right) {
        if (type.isText()) {
            return String.CASE_INSENSITIVE_ORDER.compare((String) left, (String) right);
        }
        return ((Comparable) left).compareTo(right);
    }

    static boolean equal(DescribeFieldType type, Object left, Object right) {
        if (left == null || right == null) {
            return left == right;
        }
        return compare(type, left, right) == 0;
    }

    /** Ascending order of a field's values with nulls first or last, as ORDER BY sorts them. */
    static Comparator<SObjectRecord> ordering(SalesforceField field, boolean ascending, boolean nullsFirst) {
        Comparator<Object> values = (a, b) -> compare(field.type(), a, b);
        Comparator<Object> directed = ascending ? values : values.reversed();
        Comparator<Object> withNulls = nullsFirst ? Comparator.nullsFirst(directed) : Comparator.nullsLast(directed);
        return Comparator.comparing(record -> record.get(field), withNulls);
    }
}
