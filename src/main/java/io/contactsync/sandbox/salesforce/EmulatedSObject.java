package io.contactsync.sandbox.salesforce;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sObjects the emulated org has: their API names, key prefixes, standard fields and the one field a
 * record cannot be created without. Names are matched case-insensitively, as Salesforce does.
 */
enum EmulatedSObject {
    ACCOUNT("Account", "Accounts", EmulatedSalesforceIds.ACCOUNT_PREFIX, SalesforceAccountField.STANDARD,
            SalesforceAccountField.NAME),
    CONTACT("Contact", "Contacts", EmulatedSalesforceIds.CONTACT_PREFIX, SalesforceContactField.STANDARD,
            SalesforceContactField.LAST_NAME);

    private final String apiName;
    private final String labelPlural;
    private final String keyPrefix;
    private final List<SalesforceField> standardFields;
    private final SalesforceField requiredField;

    EmulatedSObject(String apiName, String labelPlural, String keyPrefix, List<SalesforceField> standardFields,
                    SalesforceField requiredField) {
        this.apiName = apiName;
        this.labelPlural = labelPlural;
        this.keyPrefix = keyPrefix;
        this.standardFields = standardFields;
        this.requiredField = requiredField;
    }

    static Optional<EmulatedSObject> named(String name) {
        return Arrays.stream(values()).filter(o -> o.apiName.equalsIgnoreCase(name)).findFirst();
    }

    /** Every emulated sObject's API name, for messages that say what the sandbox has. */
    static List<String> apiNames() {
        return Arrays.stream(values()).map(EmulatedSObject::apiName).toList();
    }

    /** The sObject an 18-character id belongs to, by its key prefix. */
    static Optional<EmulatedSObject> ofId(String id) {
        return Arrays.stream(values()).filter(o -> id.startsWith(o.keyPrefix)).findFirst();
    }

    String apiName() {
        return apiName;
    }

    String labelPlural() {
        return labelPlural;
    }

    String keyPrefix() {
        return keyPrefix;
    }

    List<SalesforceField> standardFields() {
        return standardFields;
    }

    SalesforceField requiredField() {
        return requiredField;
    }

    /** The writable lookups of this sObject's standard fields whose parent is {@code parent}. */
    List<SalesforceField> lookupsTo(EmulatedSObject parent) {
        return standardFields.stream().filter(f -> f.isWritable() && parent.apiName.equals(f.referenceTo())).toList();
    }
}
