package io.contactsync.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The canonical contact fields. The address is flattened so that every part merges on its own: a street changed
 * in Salesforce and a city changed in Genesys Cloud are two independent edits, not a conflict.
 */
public enum ContactField {
    FIRST_NAME("firstName", Kind.TEXT),
    LAST_NAME("lastName", Kind.TEXT),
    TITLE("title", Kind.TEXT),
    EMAIL("email", Kind.EMAIL),
    WORK_PHONE("workPhone", Kind.PHONE),
    MOBILE_PHONE("mobilePhone", Kind.PHONE),
    HOME_PHONE("homePhone", Kind.PHONE),
    OTHER_PHONE("otherPhone", Kind.PHONE),
    STREET("street", Kind.TEXT),
    CITY("city", Kind.TEXT),
    STATE("state", Kind.TEXT),
    POSTAL_CODE("postalCode", Kind.TEXT),
    COUNTRY("country", Kind.TEXT);

    /** How a field's values are normalised before they are compared. */
    public enum Kind {
        TEXT,
        EMAIL,
        PHONE
    }

    private final String jsonName;
    private final Kind kind;

    ContactField(String jsonName, Kind kind) {
        this.jsonName = jsonName;
        this.kind = kind;
    }

    /** The name used in settings files and in the canonical JSON form. */
    public String jsonName() {
        return jsonName;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<ContactField> fromJsonName(String name) {
        return Arrays.stream(values()).filter(field -> field.jsonName.equals(name)).findFirst();
    }

    /** The valid names, for error messages. */
    public static String jsonNames() {
        return String.join(", ", Arrays.stream(values()).map(ContactField::jsonName).toList());
    }
}
