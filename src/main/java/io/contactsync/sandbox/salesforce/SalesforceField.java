package io.contactsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of an emulated sObject, as the org's field catalogue ({@link FieldCatalogue}) describes it:
 * Salesforce's API name, label, type, length and whether a client may write it. The standard fields are the
 * constants of {@link SalesforceContactField} and {@link SalesforceAccountField}, with the system fields every
 * sObject has here; custom fields ({@code __c}) are declared at run time.
 *
 * @param maxLength          maximum length of a text value; 0 for types without one
 * @param picklistValues     the values of a picklist or multi-select picklist, in their display order
 * @param restrictedPicklist whether a value outside {@code picklistValues} is refused
 * @param referenceTo        for a lookup, the sObject it points to (e.g. "Account", "User"); null otherwise
 */
record SalesforceField(String apiName, String label, DescribeFieldType type, int maxLength, boolean writable,
                       boolean custom, List<String> picklistValues, boolean restrictedPicklist, String referenceTo) {

    static final SalesforceField CREATED_DATE = standard("CreatedDate", "Created Date", DescribeFieldType.DATETIME, 0, false);
    static final SalesforceField CREATED_BY_ID = lookup("CreatedById", "Created By ID", "User", false);
    static final SalesforceField LAST_MODIFIED_DATE = standard("LastModifiedDate", "Last Modified Date", DescribeFieldType.DATETIME, 0, false);
    static final SalesforceField LAST_MODIFIED_BY_ID = lookup("LastModifiedById", "Last Modified By ID", "User", false);
    static final SalesforceField SYSTEM_MODSTAMP = standard("SystemModstamp", "System Modstamp", DescribeFieldType.DATETIME, 0, false);
    static final SalesforceField IS_DELETED = standard("IsDeleted", "Deleted", DescribeFieldType.BOOLEAN, 0, false);

    /** The fields the server sets on every record of every sObject, in describe order. */
    static final List<SalesforceField> SYSTEM = List.of(CREATED_DATE, CREATED_BY_ID, LAST_MODIFIED_DATE,
            LAST_MODIFIED_BY_ID, SYSTEM_MODSTAMP, IS_DELETED);

    /** The API name of every record's id field. */
    static final String ID = "Id";

    SalesforceField {
        picklistValues = List.copyOf(picklistValues);
    }

    /** An sObject's own fields followed by the {@link #SYSTEM system fields}. */
    static List<SalesforceField> withSystemFields(SalesforceField... own) {
        List<SalesforceField> fields = new ArrayList<>(List.of(own));
        fields.addAll(SYSTEM);
        return List.copyOf(fields);
    }

    static SalesforceField standard(String apiName, String label, DescribeFieldType type, int maxLength, boolean writable) {
        return new SalesforceField(apiName, label, type, maxLength, writable, false, List.of(), false, null);
    }

    /** The record id of an sObject, e.g. "Contact ID". */
    static SalesforceField id(String sObjectName) {
        return standard(ID, sObjectName + " ID", DescribeFieldType.ID, 18, false);
    }

    /** A standard lookup to {@code referenceTo}, holding an 18-character id. */
    static SalesforceField lookup(String apiName, String label, String referenceTo, boolean writable) {
        return new SalesforceField(apiName, label, DescribeFieldType.REFERENCE, 18, writable, false, List.of(), false,
                referenceTo);
    }

    /** This field under another spelling of its API name. */
    SalesforceField named(String name) {
        return new SalesforceField(name, label, type, maxLength, writable, custom, picklistValues, restrictedPicklist,
                referenceTo);
    }

    boolean isWritable() {
        return writable;
    }

    /** The one external-id field of the emulated org, Contact's, usable for upserts. */
    boolean isExternalId() {
        return this == SalesforceContactField.EXTERNAL_GENESYS_ID;
    }

    /** For a lookup, the name SOQL and describe give the parent: AccountId → Account, CreatedById → CreatedBy. */
    String relationshipName() {
        return type == DescribeFieldType.REFERENCE ? apiName.substring(0, apiName.length() - 2) : null;
    }
}
