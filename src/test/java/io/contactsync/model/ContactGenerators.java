package io.contactsync.model;

import org.quicktheories.core.Gen;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

/** QuickTheories generators of contacts for the property tests; each shrinks towards fewer values and flags. */
public final class ContactGenerators {

    private static final List<ContactField> FIELDS = List.copyOf(SyncPolicies.defaults().fields());

    private ContactGenerators() {
    }

    /** Contacts whose every field is drawn from {@code values} (which may yield null: no value). */
    public static Gen<Contact> contacts(Gen<String> values) {
        return lists().of(values).ofSize(FIELDS.size()).map(drawn -> {
            Contact contact = Contact.empty();
            for (ContactField field : FIELDS) {
                contact = contact.with(field, drawn.get(FIELDS.indexOf(field)));
            }
            return contact;
        });
    }

    /** Any subset of the canonical fields. */
    public static Gen<Set<ContactField>> fieldSubsets() {
        return lists().of(booleans().all()).ofSize(FIELDS.size()).map(chosen -> {
            Set<ContactField> subset = new TreeSet<>();
            for (ContactField field : FIELDS) {
                if (chosen.get(FIELDS.indexOf(field))) {
                    subset.add(field);
                }
            }
            return subset;
        });
    }

    /** {@code gen}'s values, or null in about {@code percentNull} percent of the draws. */
    public static <T> Gen<T> orNull(Gen<T> gen, int percentNull) {
        return gen.toOptionals(percentNull).map(optional -> optional.orElse(null));
    }
}
