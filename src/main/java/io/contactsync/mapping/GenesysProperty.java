package io.contactsync.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a mapping may point at in a Genesys Cloud external contact: a property of its own (the reference's
 * ExternalContact, with the documented lengths), the {@code notes} pseudo-path (the contact's notes, read only), or a
 * custom field of a data schema.
 *
 * @param type           a data schema core type, or {@code email} / {@code phone} for the contact's own properties
 * @param maxLength      the longest value it holds, or null when unbounded or unknown
 * @param allowedValues  an enum's keys; empty for every other type
 * @param readOnlyReason why the sync cannot write it, or null when it can
 */
record GenesysProperty(String type, Integer maxLength, List<String> allowedValues, String readOnlyReason) {

    static final String CUSTOM_FIELDS = "customFields.";

    private static final Map<String, GenesysProperty> STANDARD = Map.ofEntries(
            Map.entry("firstName", text(1000)),
            Map.entry("middleName", text(1000)),
            Map.entry("lastName", text(1000)),
            Map.entry("salutation", text(1000)),
            Map.entry("title", text(1000)),
            Map.entry("workEmail", of("email", 256)),
            Map.entry("personalEmail", of("email", 256)),
            Map.entry("otherEmail", of("email", 256)),
            Map.entry("workPhone", of("phone", null)),
            Map.entry("cellPhone", of("phone", null)),
            Map.entry("homePhone", of("phone", null)),
            Map.entry("otherPhone", of("phone", null)),
            Map.entry("address.address1", text(null)),
            Map.entry("address.address2", text(200)),
            Map.entry("address.city", text(100)),
            Map.entry("address.state", text(50)),
            Map.entry("address.postalCode", text(25)),
            Map.entry("address.countryCode", text(25)),
            Map.entry("surveyOptOut", of("boolean", null)),
            Map.entry(ContactNotes.PATH, new GenesysProperty("longtext", null, List.of(),
                    "the contact's notes are read only (the notes API)")));

    GenesysProperty {
        allowedValues = List.copyOf(allowedValues);
    }

    private static GenesysProperty text(Integer maxLength) {
        return of("text", maxLength);
    }

    private static GenesysProperty of(String type, Integer maxLength) {
        return new GenesysProperty(type, maxLength, List.of(), null);
    }

    /** A property of the contact itself, by its dotted path. */
    static Optional<GenesysProperty> standard(String path) {
        return Optional.ofNullable(STANDARD.get(path));
    }

    /** The paths of the contact's own properties, for messages. */
    static List<String> standardPaths() {
        return STANDARD.keySet().stream().sorted().toList();
    }

    boolean writable() {
        return readOnlyReason == null;
    }
}
