package io.contactsync.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A contact in canonical form: each {@link ContactField} holds a normalised value or nothing (null). Immutable;
 * equal when the values are equal.
 *
 * <p>A contact used as a <em>base</em> (what both systems last agreed on) may also mark fields as
 * <em>unsettled</em>: the two systems held different values, the field's policy was MANUAL, and nobody has
 * decided yet. The value of an unsettled field is the last agreed one (or nothing), kept for the audit trail;
 * resolvers treat the field as having no base, so the disagreement is detected again until it is settled.
 */
public final class Contact {

    private static final Contact EMPTY = new Contact(new TreeMap<>(), new TreeSet<>());

    private final Map<ContactField, String> values;
    private final Set<ContactField> unsettled;

    private Contact(SortedMap<ContactField, String> values, SortedSet<ContactField> unsettled) {
        this.values = Collections.unmodifiableMap(values);
        this.unsettled = Collections.unmodifiableSet(unsettled);
    }

    public static Contact empty() {
        return EMPTY;
    }

    /** A contact with the given values; null values are left out. */
    public static Contact of(Map<ContactField, String> values) {
        TreeMap<ContactField, String> copy = new TreeMap<>();
        values.forEach((field, value) -> {
            if (value != null) {
                copy.put(field, value);
            }
        });
        return new Contact(copy, new TreeSet<>());
    }

    /** The field's value, or null when it has none. */
    public String get(ContactField field) {
        return values.get(field);
    }

    /** A copy with the field set to the value; null clears it. */
    public Contact with(ContactField field, String value) {
        TreeMap<ContactField, String> copy = copyOfValues();
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return new Contact(copy, copyOf(unsettled));
    }

    /** A copy whose unsettled fields are exactly the given ones. */
    public Contact withUnsettled(Set<ContactField> fields) {
        return new Contact(copyOfValues(), copyOf(fields));
    }

    /** The fields that have a value, in the order of their names. */
    public Map<ContactField, String> values() {
        return values;
    }

    public Set<ContactField> unsettled() {
        return unsettled;
    }

    public boolean isUnsettled(ContactField field) {
        return unsettled.contains(field);
    }

    private TreeMap<ContactField, String> copyOfValues() {
        return new TreeMap<>(values);
    }

    private static TreeSet<ContactField> copyOf(Set<ContactField> fields) {
        return new TreeSet<>(fields);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contact contact && values.equals(contact.values)
                && unsettled.equals(contact.unsettled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, unsettled);
    }

    @Override
    public String toString() {
        return unsettled.isEmpty() ? "Contact" + values : "Contact" + values + " unsettled " + unsettled;
    }
}
