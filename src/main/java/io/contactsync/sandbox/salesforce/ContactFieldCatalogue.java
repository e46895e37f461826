package io.contactsync.sandbox.salesforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Contact fields of the emulated org: the standard ones, the custom ones of its settings, and the custom
 * fields declared at run time, as an admin adds them in Setup. API names are matched case-insensitively, as
 * Salesforce does. Reads see an immutable snapshot; declaring fields replaces it.
 */
final class ContactFieldCatalogue {

    private final List<SalesforceContactField> configured;
    private volatile Map<String, SalesforceContactField> byName = index(SalesforceContactField.STANDARD);

    /** A catalogue of the standard fields only. */
    ContactFieldCatalogue() {
        this(List.of());
    }

    /** A catalogue of the standard fields and {@code configured} custom ones, which {@link #reset()} keeps. */
    ContactFieldCatalogue(List<SalesforceContactField> configured) {
        this.configured = List.copyOf(configured);
        declare(this.configured);
    }

    Optional<SalesforceContactField> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** Every field, standard ones first, then custom ones in the order they were first declared. */
    List<SalesforceContactField> all() {
        return List.copyOf(byName.values());
    }

    /**
     * Adds custom fields, or changes those already declared (their stored values stay, and their API name keeps
     * its first spelling, as Salesforce's names are case-insensitive).
     *
     * @throws IllegalArgumentException if one of them would replace a standard field
     */
    synchronized void declare(List<SalesforceContactField> fields) {
        Map<String, SalesforceContactField> next = new LinkedHashMap<>(byName);
        for (SalesforceContactField field : fields) {
            SalesforceContactField existing = next.get(key(field.apiName()));
            if (existing != null && SalesforceContactField.STANDARD.contains(existing)) {
                throw new IllegalArgumentException(field.apiName() + " is a standard field of Contact");
            }
            next.put(key(field.apiName()), existing == null ? field : field.named(existing.apiName()));
        }
        byName = next;
    }

    /** Back to the standard and configured fields, as a fresh org. */
    synchronized void reset() {
        byName = index(SalesforceContactField.STANDARD);
        declare(configured);
    }

    private static Map<String, SalesforceContactField> index(List<SalesforceContactField> fields) {
        Map<String, SalesforceContactField> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(key(f.apiName()), f));
        return map;
    }

    static String key(String apiName) {
        return apiName.toLowerCase(Locale.ROOT);
    }
}
