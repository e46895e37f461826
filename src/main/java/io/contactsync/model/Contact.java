package io.contactsync.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    private static final Contact EMPTY = new Contact(new EnumMap<>(ContactField.class),
            EnumSet.noneOf(ContactField.class));

    private final Map<ContactField, String> values;
    private final Set<ContactField> unsettled;

    private Contact(EnumMap<ContactField, String> values, EnumSet<ContactField> unsettled) {
        this.values = Collections.unmodifiableMap(values);
        this.unsettled = Collections.unmodifiableSet(unsettled);
    }

    public static Contact empty() {
        return EMPTY;
    }

    /** A contact with the given values; null values are left out. */
    public static Contact of(Map<ContactField, String> values) {
        EnumMap<ContactField, String> copy = new EnumMap<>(ContactField.class);
        values.forEach((field, value) -> {
            if (value != null) {
                copy.put(field, value);
            }
        });
        return new Contact(copy, EnumSet.noneOf(ContactField.class));
    }

    /** The field's value, or null when it has none. */
    public String get(ContactField field) {
        return values.get(field);
    }

    /** A copy with the field set to the value; null clears it. */
    public Contact with(ContactField field, String value) {
        EnumMap<ContactField, String> copy = copyOfValues();
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

    /** The fields that have a value, in canonical order. */
    public Map<ContactField, String> values() {
        return values;
    }

    public Set<ContactField> unsettled() {
        return unsettled;
    }

    public boolean isUnsettled(ContactField field) {
        return unsettled.contains(field);
    }

    private EnumMap<ContactField, String> copyOfValues() {
        EnumMap<ContactField, String> copy = new EnumMap<>(ContactField.class);
        copy.putAll(values);
        return copy;
    }

    private static EnumSet<ContactField> copyOf(Set<ContactField> fields) {
        return fields.isEmpty() ? EnumSet.noneOf(ContactField.class) : EnumSet.copyOf(fields);
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
