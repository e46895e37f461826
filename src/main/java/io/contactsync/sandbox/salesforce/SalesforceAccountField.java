package io.contactsync.sandbox.salesforce;

import java.util.List;

/**
 * The standard fields of the emulated Account. Lengths mirror Contact's Mailing* fields (Salesforce's own are
 * not confirmed by a source at hand); BillingStreet is a plain text field here, as MailingStreet is.
 */
final class SalesforceAccountField {

    static final SalesforceField ID = SalesforceField.id("Account");
    /** Required, and the account's name in SOQL relationship paths such as {@code Account.Name}. */
    static final SalesforceField NAME = SalesforceField.standard("Name", "Account Name", DescribeFieldType.STRING, 255, true);
    static final SalesforceField PHONE = SalesforceField.standard("Phone", "Account Phone", DescribeFieldType.PHONE, 40, true);
    static final SalesforceField WEBSITE = SalesforceField.standard("Website", "Website", DescribeFieldType.URL, 255, true);
    static final SalesforceField BILLING_STREET = SalesforceField.standard("BillingStreet", "Billing Street", DescribeFieldType.STRING, 255, true);
    static final SalesforceField BILLING_CITY = SalesforceField.standard("BillingCity", "Billing City", DescribeFieldType.STRING, 40, true);
    static final SalesforceField BILLING_STATE = SalesforceField.standard("BillingState", "Billing State/Province", DescribeFieldType.STRING, 80, true);
    static final SalesforceField BILLING_POSTAL_CODE = SalesforceField.standard("BillingPostalCode", "Billing Zip/Postal Code", DescribeFieldType.STRING, 20, true);
    static final SalesforceField BILLING_COUNTRY = SalesforceField.standard("BillingCountry", "Billing Country", DescribeFieldType.STRING, 80, true);
    /** Salesforce's default Industry values; not restricted, so any other value is stored too. */
    static final SalesforceField INDUSTRY = new SalesforceField("Industry", "Industry", DescribeFieldType.PICKLIST, 255,
            true, false, List.of("Agriculture", "Apparel", "Banking", "Biotechnology", "Chemicals", "Communications",
            "Construction", "Consulting", "Education", "Electronics", "Energy", "Engineering", "Entertainment",
            "Environmental", "Finance", "Food & Beverage", "Government", "Healthcare", "Hospitality", "Insurance",
            "Machinery", "Manufacturing", "Media", "Not For Profit", "Other", "Recreation", "Retail", "Shipping",
            "Technology", "Telecommunications", "Transportation", "Utilities"), false, null);
    static final SalesforceField DESCRIPTION = SalesforceField.standard("Description", "Account Description", DescribeFieldType.LONG_TEXT, 32000, true);

    /**
     * Where the sync writes the Genesys Cloud organization's id (External ID, as on Contact); a custom field of the
     * demo org.
     */
    static final SalesforceField EXTERNAL_GENESYS_ID = SalesforceContactField.EXTERNAL_GENESYS_ID;

    /** The fields every emulated org's Account has, in describe order. */
    static final List<SalesforceField> STANDARD = SalesforceField.withSystemFields(ID, NAME, PHONE, WEBSITE,
            BILLING_STREET, BILLING_CITY, BILLING_STATE, BILLING_POSTAL_CODE, BILLING_COUNTRY, INDUSTRY, DESCRIPTION,
            EXTERNAL_GENESYS_ID);

    private SalesforceAccountField() {
    }
}
