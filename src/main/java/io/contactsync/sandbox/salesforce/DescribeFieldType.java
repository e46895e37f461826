package io.contactsync.sandbox.salesforce;

/** The Salesforce field types the emulated sObjects use; they decide JSON shape, SOQL literals and operators. */
enum DescribeFieldType {
    ID("id", "tns:ID"),
    REFERENCE("reference", "tns:ID"),
    STRING("string", "xsd:string"),
    EMAIL("email", "xsd:string"),
    PHONE("phone", "xsd:string"),
    URL("url", "xsd:string"),
    /** Long text area: stored and returned, but neither filterable nor sortable in SOQL. */
    LONG_TEXT("textarea", "xsd:string"),
    PICKLIST("picklist", "xsd:string"),
    /** Multi-select picklist: the chosen values joined by ';'. */
    MULTIPICKLIST("multipicklist", "xsd:string"),
    DOUBLE("double", "xsd:double"),
    DATE("date", "xsd:date"),
    DATETIME("datetime", "xsd:dateTime"),
    BOOLEAN("boolean", "xsd:boolean");

    private final String describeName;
    private final String soapType;

    DescribeFieldType(String describeName, String soapType) {
        this.describeName = describeName;
        this.soapType = soapType;
    }

    /** The {@code type} of the field in a describe answer. */
    String describeName() {
        return describeName;
    }

    /** The {@code soapType} of the field in a describe answer. */
    String soapType() {
        return soapType;
    }

    boolean isText() {
        return this == STRING || this == EMAIL || this == PHONE || this == URL || this == LONG_TEXT || isPicklist();
    }

    boolean isPicklist() {
        return this == PICKLIST || this == MULTIPICKLIST;
    }

    boolean isIdentifier() {
        return this == ID || this == REFERENCE;
    }

    boolean isFilterable() {
        return this != LONG_TEXT;
    }

    /** Type name as Salesforce spells it in filter error messages. */
    String soqlName() {
        return switch (this) {
            case ID -> "id";
            case REFERENCE -> "reference";
            case STRING, EMAIL, PHONE, URL, LONG_TEXT, PICKLIST, MULTIPICKLIST -> "string";
            case DOUBLE -> "double";
            case DATE -> "date";
            case DATETIME -> "dateTime";
            case BOOLEAN -> "boolean";
        };
    }
}
