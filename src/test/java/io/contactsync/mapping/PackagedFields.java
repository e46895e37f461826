package io.contactsync.mapping;

import io.contactsync.model.ContactField;

import java.util.List;

/** The fields of the packaged mapping and their types, for tests that go through every field. */
public final class PackagedFields {

    public static final FieldMapping MAPPING = FieldMapping.defaults();
    public static final List<ContactField> ALL = List.copyOf(MAPPING.fields().keySet());

    private PackagedFields() {
    }

    public static FieldType typeOf(ContactField field) {
        return MAPPING.fields().get(field).type();
    }
}
