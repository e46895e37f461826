package io.contactsync.mapping;

import io.contactsync.model.ContactField;

import java.util.List;

/** The fields of the packaged mappings and their types, for tests that go through every field. */
public final class PackagedFields {

    public static final FieldMapping MAPPING = FieldMapping.defaults();
    public static final List<ContactField> ALL = List.copyOf(MAPPING.fields().keySet());
    public static final FieldMapping ORGANIZATION_MAPPING = FieldMapping.load(null,
            "mapping/organization-mapping.yaml");

    private PackagedFields() {
    }

    /** A contact field's type, else an organization field's. */
    public static FieldType typeOf(ContactField field) {
        FieldMapping.MappedField mapped = MAPPING.fields().get(field);
        return (mapped != null ? mapped : ORGANIZATION_MAPPING.fields().get(field)).type();
    }
}
