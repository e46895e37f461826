package io.contactsync.sandbox.salesforce;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of the emulated Contact, with Salesforce's API names, labels, types, lengths and whether a
 * client may write them. API names are matched case-insensitively, as Salesforce does.
 */
enum SalesforceContactField {
    ID("Id", "Contact ID", FieldType.ID, 18, false),
    FIRST_NAME("FirstName", "First Name", FieldType.STRING, 40, true),
    LAST_NAME("LastName", "Last Name", FieldType.STRING, 80, true),
    /** Derived from FirstName and LastName, never stored. */
    NAME("Name", "Full Name", FieldType.STRING, 121, false),
    EMAIL("Email", "Email", FieldType.EMAIL, 80, true),
    PHONE("Phone", "Business Phone", FieldType.PHONE, 40, true),
    MOBILE_PHONE("MobilePhone", "Mobile Phone", FieldType.PHONE, 40, true),
    HOME_PHONE("HomePhone", "Home Phone", FieldType.PHONE, 40, true),
    OTHER_PHONE("OtherPhone", "Other Phone", FieldType.PHONE, 40, true),
    TITLE("Title", "Title", FieldType.STRING, 128, true),
    MAILING_STREET("MailingStreet", "Mailing Street", FieldType.STRING, 255, true),
    MAILING_CITY("MailingCity", "Mailing City", FieldType.STRING, 40, true),
    MAILING_STATE("MailingState", "Mailing State/Province", FieldType.STRING, 80, true),
    MAILING_POSTAL_CODE("MailingPostalCode", "Mailing Zip/Postal Code", FieldType.STRING, 20, true),
    MAILING_COUNTRY("MailingCountry", "Mailing Country", FieldType.STRING, 80, true),
    MAILING_LATITUDE("MailingLatitude", "Mailing Latitude", FieldType.DOUBLE, 0, true),
    MAILING_LONGITUDE("MailingLongitude", "Mailing Longitude", FieldType.DOUBLE, 0, true),
    BIRTHDATE("Birthdate", "Birthdate", FieldType.DATE, 0, true),
    DESCRIPTION("Description", "Contact Description", FieldType.LONG_TEXT, 32000, true),
    EXTERNAL_GENESYS_ID("External_Genesys_ID__c", "External Genesys ID", FieldType.STRING, 255, true),
    CREATED_DATE("CreatedDate", "Created Date", FieldType.DATETIME, 0, false),
    CREATED_BY_ID("CreatedById", "Created By ID", FieldType.REFERENCE, 18, false),
    LAST_MODIFIED_DATE("LastModifiedDate", "Last Modified Date", FieldType.DATETIME, 0, false),
    LAST_MODIFIED_BY_ID("LastModifiedById", "Last Modified By ID", FieldType.REFERENCE, 18, false),
    SYSTEM_MODSTAMP("SystemModstamp", "System Modstamp", FieldType.DATETIME, 0, false),
    IS_DELETED("IsDeleted", "Deleted", FieldType.BOOLEAN, 0, false);

    private static final Map<String, SalesforceContactField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(f -> f.apiName.toLowerCase(Locale.ROOT), Function.identity()));

    private final String apiName;
    private final String label;
    private final FieldType type;
    private final int maxLength;
    private final boolean writable;

    SalesforceContactField(String apiName, String label, FieldType type, int maxLength, boolean writable) {
        this.apiName = apiName;
        this.label = label;
        this.type = type;
        this.maxLength = maxLength;
        this.writable = writable;
    }

    static Optional<SalesforceContactField> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    String apiName() {
        return apiName;
    }

    String label() {
        return label;
    }

    FieldType type() {
        return type;
    }

    /** Maximum length of a text value; 0 for types without one. */
    int maxLength() {
        return maxLength;
    }

    boolean isWritable() {
        return writable;
    }

    /** The one external-id field of the emulated Contact, usable for upserts. */
    boolean isExternalId() {
        return this == EXTERNAL_GENESYS_ID;
    }
}
