package io.contactsync.mapping;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which Salesforce describe types and which Genesys Cloud property types can hold the values of each mapped field
 * type. Genesys Cloud types are the data schema core types ({@code text}, {@code enum}, {@code tag}, ...) and, for the
 * external contact's own properties, {@code email}, {@code phone} (a PhoneNumber object) and {@code reference} (the
 * contact's {@code externalOrganization.id}); {@code url[]} is a list of URLs (an organization's {@code websites}), whose
 * first entry is the field's value.
 */
final class FieldTypeFit {

    private record Fits(List<String> salesforce, List<String> genesys) {
    }

    private static final Map<FieldType, Fits> TABLE = new EnumMap<>(Map.ofEntries(
            Map.entry(FieldType.TEXT, new Fits(List.of("string", "textarea", "url", "combobox"),
                    List.of("text", "longtext", "identifier", "url", "url[]"))),
            Map.entry(FieldType.LONGTEXT, new Fits(List.of("textarea", "string"), List.of("longtext", "text"))),
            Map.entry(FieldType.EMAIL, new Fits(List.of("email", "string"), List.of("email", "text", "identifier"))),
            Map.entry(FieldType.PHONE, new Fits(List.of("phone", "string"), List.of("phone"))),
            Map.entry(FieldType.NUMBER, new Fits(List.of("double", "int", "long", "currency", "percent"),
                    List.of("number", "integer"))),
            Map.entry(FieldType.BOOLEAN, new Fits(List.of("boolean"), List.of("checkbox", "boolean"))),
            Map.entry(FieldType.DATE, new Fits(List.of("date"), List.of("date"))),
            Map.entry(FieldType.DATETIME, new Fits(List.of("datetime"), List.of("datetime"))),
            Map.entry(FieldType.PICKLIST, new Fits(List.of("picklist", "string"), List.of("enum", "text"))),
            Map.entry(FieldType.TAGS, new Fits(List.of("string", "textarea", "multipicklist"), List.of("tag"))),
            Map.entry(FieldType.REFERENCE, new Fits(List.of("reference"), List.of("reference")))));

    private FieldTypeFit() {
    }

    /** The Salesforce describe types ({@code string}, {@code picklist}, ...) that hold values of {@code type}. */
    static List<String> salesforce(FieldType type) {
        return TABLE.get(type).salesforce();
    }

    /** The Genesys Cloud property types that hold values of {@code type}. */
    static List<String> genesys(FieldType type) {
        return TABLE.get(type).genesys();
    }
}
