package io.contactsync.sandbox.salesforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one sObject of the emulated org: the standard ones, the custom ones of its settings, and the
 * custom fields declared at run time, as an admin adds them in Setup. API names are matched case-insensitively,
 * as Salesforce does. Reads see an immutable snapshot; declaring fields replaces it.
 */
final class FieldCatalogue {

    private final EmulatedSObject sObject;
    private final List<SalesforceField> configured;
    private volatile Map<String, SalesforceField> byName;

    /** A catalogue of the standard fields only. */
    FieldCatalogue(EmulatedSObject sObject) {
        this(sObject, List.of());
    }

    /** A catalogue of the standard fields and {@code configured} custom ones, which {@link #reset()} keeps. */
    FieldCatalogue(EmulatedSObject sObject, List<SalesforceField> configured) {
        this.sObject = sObject;
        this.configured = List.copyOf(configured);
        reset();
    }

    EmulatedSObject sObject() {
        return sObject;
    }

    Optional<SalesforceField> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** Every field, standard ones first, then custom ones in the order they were first declared. */
    List<SalesforceField> all() {
        return List.copyOf(byName.values());
    }

    /**
     * Adds custom fields, or changes those already declared (their stored values stay, and their API name keeps
     * its first spelling, as Salesforce's names are case-insensitive).
     *
     * @throws IllegalArgumentException if one of them would replace a standard field
     */
    synchronized void declare(List<SalesforceField> fields) {
        Map<String, SalesforceField> next = new LinkedHashMap<>(byName);
        for (SalesforceField field : fields) {
            SalesforceField existing = next.get(key(field.apiName()));
            if (existing != null && sObject.standardFields().contains(existing)) {
                throw new IllegalArgumentException(field.apiName() + " is a standard field of " + sObject.apiName());
            }
            next.put(key(field.apiName()), existing == null ? field : field.named(existing.apiName()));
        }
        byName = next;
    }

    /** Back to the standard and configured fields, as a fresh org. */
    synchronized void reset() {
        Map<String, SalesforceField> standard = new LinkedHashMap<>();
        sObject.standardFields().forEach(f -> standard.put(key(f.apiName()), f));
        byName = standard;
        declare(configured);
    }

    static String key(String apiName) {
        return apiName.toLowerCase(Locale.ROOT);
    }
}
