package io.contactsync.sandbox.salesforce;

import java.util.List;

/** The standard fields of the emulated Contact, and the custom ones every emulated org has. */
final class SalesforceContactField {

    static final SalesforceField ID = SalesforceField.id("Contact");
    /** The contact's Account; writing it checks that the account exists, deleting the account deletes the contact. */
    static final SalesforceField ACCOUNT_ID = SalesforceField.lookup("AccountId", "Account ID", "Account", true);
    static final SalesforceField FIRST_NAME = SalesforceField.standard("FirstName", "First Name", DescribeFieldType.STRING, 40, true);
    static final SalesforceField LAST_NAME = SalesforceField.standard("LastName", "Last Name", DescribeFieldType.STRING, 80, true);
    /** Derived from FirstName and LastName, never stored. */
    static final SalesforceField NAME = SalesforceField.standard("Name", "Full Name", DescribeFieldType.STRING, 121, false);
    static final SalesforceField EMAIL = SalesforceField.standard("Email", "Email", DescribeFieldType.EMAIL, 80, true);
    static final SalesforceField PHONE = SalesforceField.standard("Phone", "Business Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceField MOBILE_PHONE = SalesforceField.standard("MobilePhone", "Mobile Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceField HOME_PHONE = SalesforceField.standard("HomePhone", "Home Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceField OTHER_PHONE = SalesforceField.standard("OtherPhone", "Other Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceField TITLE = SalesforceField.standard("Title", "Title", DescribeFieldType.STRING, 128, true);
    static final SalesforceField MAILING_STREET = SalesforceField.standard("MailingStreet", "Mailing Street", DescribeFieldType.STRING, 255, true);
    static final SalesforceField MAILING_CITY = SalesforceField.standard("MailingCity", "Mailing City", DescribeFieldType.STRING, 40, true);
    static final SalesforceField MAILING_STATE = SalesforceField.standard("MailingState", "Mailing State/Province", DescribeFieldType.STRING, 80, true);
    static final SalesforceField MAILING_POSTAL_CODE = SalesforceField.standard("MailingPostalCode", "Mailing Zip/Postal Code", DescribeFieldType.STRING, 20, true);
    static final SalesforceField MAILING_COUNTRY = SalesforceField.standard("MailingCountry", "Mailing Country", DescribeFieldType.STRING, 80, true);
    static final SalesforceField MAILING_LATITUDE = SalesforceField.standard("MailingLatitude", "Mailing Latitude", DescribeFieldType.DOUBLE, 0, true);
    static final SalesforceField MAILING_LONGITUDE = SalesforceField.standard("MailingLongitude", "Mailing Longitude", DescribeFieldType.DOUBLE, 0, true);
    static final SalesforceField BIRTHDATE = SalesforceField.standard("Birthdate", "Birthdate", DescribeFieldType.DATE, 0, true);
    static final SalesforceField DESCRIPTION = SalesforceField.standard("Description", "Contact Description", DescribeFieldType.LONG_TEXT, 32000, true);
    /** The one external-id field of the emulated Contact, usable for upserts; a custom field of the demo org. */
    static final SalesforceField EXTERNAL_GENESYS_ID = new SalesforceField("External_Genesys_ID__c",
            "External Genesys ID", DescribeFieldType.STRING, 255, true, true, List.of(), false, null);
    /**
     * The long text area (131072, Salesforce's largest) the packaged mapping fills with a Genesys Cloud contact's
     * notes; a custom field of the demo org.
     */
    static final SalesforceField GENESYS_NOTES = new SalesforceField("Genesys_Notes__c", "Genesys Notes",
            DescribeFieldType.LONG_TEXT, 131072, true, true, List.of(), false, null);

    /** The fields every emulated org's Contact has, in describe order. */
    static final List<SalesforceField> STANDARD = SalesforceField.withSystemFields(ID, ACCOUNT_ID, FIRST_NAME, LAST_NAME, NAME, EMAIL,
            PHONE, MOBILE_PHONE, HOME_PHONE, OTHER_PHONE, TITLE, MAILING_STREET, MAILING_CITY, MAILING_STATE,
            MAILING_POSTAL_CODE, MAILING_COUNTRY, MAILING_LATITUDE, MAILING_LONGITUDE, BIRTHDATE, DESCRIPTION,
            EXTERNAL_GENESYS_ID, GENESYS_NOTES);

    private SalesforceContactField() {
    }
}
