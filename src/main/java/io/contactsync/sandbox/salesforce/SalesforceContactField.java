package io.contactsync.sandbox.salesforce;

import java.util.List;

/**
 * One field of the emulated Contact, as the org's field catalogue ({@link ContactFieldCatalogue}) describes
 * it: Salesforce's API name, label, type, length and whether a client may write it. The standard fields are
 * the constants here; custom fields ({@code __c}) are declared at run time.
 *
 * @param maxLength          maximum length of a text value; 0 for types without one
 * @param picklistValues     the values of a picklist or multi-select picklist, in their display order
 * @param restrictedPicklist whether a value outside {@code picklistValues} is refused
 */
record SalesforceContactField(String apiName, String label, DescribeFieldType type, int maxLength, boolean writable,
                              boolean custom, List<String> picklistValues, boolean restrictedPicklist) {

    static final SalesforceContactField ID = standard("Id", "Contact ID", DescribeFieldType.ID, 18, false);
    static final SalesforceContactField FIRST_NAME = standard("FirstName", "First Name", DescribeFieldType.STRING, 40, true);
    static final SalesforceContactField LAST_NAME = standard("LastName", "Last Name", DescribeFieldType.STRING, 80, true);
    /** Derived from FirstName and LastName, never stored. */
    static final SalesforceContactField NAME = standard("Name", "Full Name", DescribeFieldType.STRING, 121, false);
    static final SalesforceContactField EMAIL = standard("Email", "Email", DescribeFieldType.EMAIL, 80, true);
    static final SalesforceContactField PHONE = standard("Phone", "Business Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceContactField MOBILE_PHONE = standard("MobilePhone", "Mobile Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceContactField HOME_PHONE = standard("HomePhone", "Home Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceContactField OTHER_PHONE = standard("OtherPhone", "Other Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceContactField TITLE = standard("Title", "Title", DescribeFieldType.STRING, 128, true);
    static final SalesforceContactField MAILING_STREET = standard("MailingStreet", "Mailing Street", DescribeFieldType.STRING, 255, true);
    static final SalesforceContactField MAILING_CITY = standard("MailingCity", "Mailing City", DescribeFieldType.STRING, 40, true);
    static final SalesforceContactField MAILING_STATE = standard("MailingState", "Mailing State/Province", DescribeFieldType.STRING, 80, true);
    static final SalesforceContactField MAILING_POSTAL_CODE = standard("MailingPostalCode", "Mailing Zip/Postal Code", DescribeFieldType.STRING, 20, true);
    static final SalesforceContactField MAILING_COUNTRY = standard("MailingCountry", "Mailing Country", DescribeFieldType.STRING, 80, true);
    static final SalesforceContactField MAILING_LATITUDE = standard("MailingLatitude", "Mailing Latitude", DescribeFieldType.DOUBLE, 0, true);
    static final SalesforceContactField MAILING_LONGITUDE = standard("MailingLongitude", "Mailing Longitude", DescribeFieldType.DOUBLE, 0, true);
    static final SalesforceContactField BIRTHDATE = standard("Birthdate", "Birthdate", DescribeFieldType.DATE, 0, true);
    static final SalesforceContactField DESCRIPTION = standard("Description", "Contact Description", DescribeFieldType.LONG_TEXT, 32000, true);
    /** The one external-id field of the emulated Contact, usable for upserts; a custom field of the demo org. */
    static final SalesforceContactField EXTERNAL_GENESYS_ID = new SalesforceContactField("External_Genesys_ID__c",
            "External Genesys ID", DescribeFieldType.STRING, 255, true, true, List.of(), false);
    /**
     * The long text area (131072, Salesforce's largest) the packaged mapping fills with a Genesys Cloud contact's
     * notes; a custom field of the demo org.
     */
    static final SalesforceContactField GENESYS_NOTES = new SalesforceContactField("Genesys_Notes__c", "Genesys Notes",
            DescribeFieldType.LONG_TEXT, 131072, true, true, List.of(), false);
    static final SalesforceContactField CREATED_DATE = standard("CreatedDate", "Created Date", DescribeFieldType.DATETIME, 0, false);
    static final SalesforceContactField CREATED_BY_ID = standard("CreatedById", "Created By ID", DescribeFieldType.REFERENCE, 18, false);
    static final SalesforceContactField LAST_MODIFIED_DATE = standard("LastModifiedDate", "Last Modified Date", DescribeFieldType.DATETIME, 0, false);
    static final SalesforceContactField LAST_MODIFIED_BY_ID = standard("LastModifiedById", "Last Modified By ID", DescribeFieldType.REFERENCE, 18, false);
    static final SalesforceContactField SYSTEM_MODSTAMP = standard("SystemModstamp", "System Modstamp", DescribeFieldType.DATETIME, 0, false);
    static final SalesforceContactField IS_DELETED = standard("IsDeleted", "Deleted", DescribeFieldType.BOOLEAN, 0, false);

    /** The fields every emulated org has, in describe order. */
    static final List<SalesforceContactField> STANDARD = List.of(ID, FIRST_NAME, LAST_NAME, NAME, EMAIL, PHONE,
            MOBILE_PHONE, HOME_PHONE, OTHER_PHONE, TITLE, MAILING_STREET, MAILING_CITY, MAILING_STATE,
            MAILING_POSTAL_CODE, MAILING_COUNTRY, MAILING_LATITUDE, MAILING_LONGITUDE, BIRTHDATE, DESCRIPTION,
            EXTERNAL_GENESYS_ID, GENESYS_NOTES, CREATED_DATE, CREATED_BY_ID, LAST_MODIFIED_DATE, LAST_MODIFIED_BY_ID,
            SYSTEM_MODSTAMP, IS_DELETED);

    SalesforceContactField {
        picklistValues = List.copyOf(picklistValues);
    }

    private static SalesforceContactField standard(String apiName, String label, DescribeFieldType type, int maxLength,
                                                   boolean writable) {
        return new SalesforceContactField(apiName, label, type, maxLength, writable, false, List.of(), false);
    }

    /** This field under another spelling of its API name. */
    SalesforceContactField named(String name) {
        return new SalesforceContactField(name, label, type, maxLength, writable, custom, picklistValues,
                restrictedPicklist);
    }

    boolean isWritable() {
        return writable;
    }

    /** The one external-id field of the emulated Contact, usable for upserts. */
    boolean isExternalId() {
        return this == EXTERNAL_GENESYS_ID;
    }

    /** Whether a record may hold no value: Id, the required LastName, system fields and checkboxes may not. */
    boolean nillable() {
        return writable && this != LAST_NAME && type != DescribeFieldType.BOOLEAN;
    }
}
