package io.contactsync.sandbox.salesforce;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The field catalogue of each emulated sObject: what {@code POST /__sandbox/fields} and describe work on. */
final class SalesforceSchema {

    private final Map<EmulatedSObject, FieldCatalogue> catalogues = new EnumMap<>(EmulatedSObject.class);

    /** The standard fields of every sObject, and the custom fields of the settings, which a reset keeps. */
    SalesforceSchema(List<CustomFieldDeclaration> configured) {
        for (EmulatedSObject sObject : EmulatedSObject.values()) {
            catalogues.put(sObject, new FieldCatalogue(sObject, configured.stream()
                    .filter(d -> d.sObject() == sObject).flatMap(d -> d.fields().stream()).toList()));
        }
    }

    /** The standard fields only. */
    SalesforceSchema() {
        this(List.of());
    }

    FieldCatalogue catalogue(EmulatedSObject sObject) {
        return catalogues.get(sObject);
    }

    void declare(CustomFieldDeclaration declaration) {
        catalogue(declaration.sObject()).declare(declaration.fields());
    }

    void reset() {
        catalogues.values().forEach(FieldCatalogue::reset);
    }
}
