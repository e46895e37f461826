package io.contactsync.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a mapping file maps (its top-level {@code object}): Salesforce Contacts to Genesys Cloud external contacts, or
 * Salesforce Accounts to Genesys Cloud external organizations. Each names its records on both sides and holds the
 * Genesys Cloud entity's own properties, with the documented lengths (both have the same {@code address}).
 */
public enum MappedObject {

    CONTACT("Contact", "external contact", "contacts", Map.ofEntries(
            Map.entry("firstName", GenesysProperty.text(1000)),
            Map.entry("middleName", GenesysProperty.text(1000)),
            Map.entry("lastName", GenesysProperty.text(1000)),
            Map.entry("salutation", GenesysProperty.text(1000)),
            Map.entry("title", GenesysProperty.text(1000)),
            Map.entry("workEmail", GenesysProperty.of("email", 256)),
            Map.entry("personalEmail", GenesysProperty.of("email", 256)),
            Map.entry("otherEmail", GenesysProperty.of("email", 256)),
            Map.entry("workPhone", GenesysProperty.of("phone", null)),
            Map.entry("cellPhone", GenesysProperty.of("phone", null)),
            Map.entry("homePhone", GenesysProperty.of("phone", null)),
            Map.entry("otherPhone", GenesysProperty.of("phone", null)),
            Map.entry("surveyOptOut", GenesysProperty.of("boolean", null)),
            Map.entry("externalOrganization.id", GenesysProperty.of("reference", null)),
            Map.entry(Constants.NOTES_PATH, new GenesysProperty("longtext", null, List.of(),
                    "the contact's notes are read only (the notes API)")))),

    ORGANIZATION("Account", "external organization", "organizations", Map.ofEntries(
            Map.entry("name", GenesysProperty.text(1000)),
            Map.entry("companyType", GenesysProperty.text(null)),
            Map.entry("industry", GenesysProperty.text(null)),
            Map.entry("websites", GenesysProperty.of("url[]", null)),
            Map.entry("phoneNumber", GenesysProperty.of("phone", null)),
            Map.entry("faxNumber", GenesysProperty.of("phone", null))));

    /** Keeps constants an enum's own constants may use. */
    public static final class Constants {
        /** The external contact's notes: a pseudo-path, read through the notes API. */
        public static final String NOTES_PATH = "notes";

        private Constants() {
        }
    }

    private final String salesforceObject;
    private final String genesysEntity;
    private final String genesysCollection;
    private final Map<String, GenesysProperty> genesysProperties;

    MappedObject(String salesforceObject, String genesysEntity, String genesysCollection,
                 Map<String, GenesysProperty> genesysProperties) {
        this.salesforceObject = salesforceObject;
        this.genesysEntity = genesysEntity;
        this.genesysCollection = genesysCollection;
        this.genesysProperties = GenesysProperty.withAddress(genesysProperties);
    }

    /** The Salesforce sObject: {@code Contact}, {@code Account}. */
    public String salesforceObject() {
        return salesforceObject;
    }

    /** The Genesys Cloud entity, for messages: "external contact". */
    public String genesysEntity() {
        return genesysEntity;
    }

    /** The kind of its data schemas, as Genesys Cloud names them: "External Contact". */
    public String genesysSchemaKind() {
        return Arrays.stream(genesysEntity.split(" "))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    /**
     * The Genesys Cloud collection under {@code /api/v2/externalcontacts/}: {@code contacts}, {@code organizations}
     * (and {@code …/schemas} for its data schemas).
     */
    public String genesysCollection() {
        return genesysCollection;
    }

    /** A property of the Genesys Cloud entity itself, by its dotted path. */
    public Optional<GenesysProperty> genesysProperty(String path) {
        return Optional.ofNullable(genesysProperties.get(path));
    }

    /** The paths of the entity's own properties, for messages. */
    public List<String> genesysPaths() {
        return genesysProperties.keySet().stream().sorted().toList();
    }
}
