package io.contactsync.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a mapping may point at in a Genesys Cloud external contact or organization: a property of its own
 * ({@link MappedObject}, with the documented lengths), the contact's {@code notes} pseudo-path (read only), or a custom
 * field of a data schema.
 *
 * @param type           a data schema core type, or {@code email} / {@code phone} for the contact's own properties
 * @param maxLength      the longest value it holds, or null when unbounded or unknown
 * @param allowedValues  an enum's keys; empty for every other type
 * @param readOnlyReason why the sync cannot write it, or null when it can
 */
public record GenesysProperty(String type, Integer maxLength, List<String> allowedValues, String readOnlyReason) {

    public static final String CUSTOM_FIELDS = "customFields.";

    public GenesysProperty {
        allowedValues = List.copyOf(allowedValues);
    }

    /** The entity's own properties and those of its {@code address}, which contacts and organizations share. */
    static Map<String, GenesysProperty> withAddress(Map<String, GenesysProperty> own) {
        Map<String, GenesysProperty> all = new HashMap<>(own);
        all.putAll(Map.of(
                "address.address1", text(null),
                "address.address2", text(200),
                "address.city", text(100),
                "address.state", text(50),
                "address.postalCode", text(25),
                "address.countryCode", text(25)));
        return Map.copyOf(all);
    }

    public static GenesysProperty text(Integer maxLength) {
        return of("text", maxLength);
    }

    public static GenesysProperty of(String type, Integer maxLength) {
        return new GenesysProperty(type, maxLength, List.of(), null);
    }

    /** Whether it is a list (an organization's {@code websites}) whose first entry a field maps. */
    public boolean isList() {
        return type.endsWith("[]");
    }

    public boolean writable() {
        return readOnlyReason == null;
    }
}
