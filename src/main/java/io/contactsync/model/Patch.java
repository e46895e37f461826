package io.contactsync.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fields to write on one side: field to new value, null meaning clear the field. An empty patch means no
 * write at all.
 */
public record Patch(Map<ContactField, String> changes) {

    private static final Patch NONE = new Patch(Map.of());

    public Patch {
        changes = Collections.unmodifiableMap(new TreeMap<>(changes));
    }

    public static Patch none() {
        return NONE;
    }

    /** The fields where {@code target} differs from {@code current}, except those in {@code untouched}. */
    public static Patch between(Contact current, Contact target, Set<ContactField> untouched) {
        TreeMap<ContactField, String> changes = new TreeMap<>();
        Set<ContactField> fields = new TreeSet<>(current.values().keySet());
        fields.addAll(target.values().keySet());
        for (ContactField field : fields) {
            if (!untouched.contains(field) && !Objects.equals(current.get(field), target.get(field))) {
                changes.put(field, target.get(field));
            }
        }
        return new Patch(changes);
    }

    /** Every field of the contact that has a value: what a newly created record needs. */
    public static Patch creating(Contact contact) {
        return between(Contact.empty(), contact, Set.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Set<ContactField> fields() {
        return changes.keySet();
    }

    public Contact applyTo(Contact contact) {
        Contact result = contact;
        for (Map.Entry<ContactField, String> change : changes.entrySet()) {
            result = result.with(change.getKey(), change.getValue());
        }
        return result;
    }
}
