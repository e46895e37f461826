package io.contactsync.sandbox.salesforce;

/** The Salesforce field types the emulated Contact uses; they decide JSON shape, SOQL literals and operators. */
enum FieldType {
    ID,
    REFERENCE,
    STRING,
    EMAIL,
    PHONE,
    /** Long text area: stored and returned, but neither filterable nor sortable in SOQL. */
    LONG_TEXT,
    DOUBLE,
    DATE,
    DATETIME,
    BOOLEAN;

    boolean isText() {
        return this == STRING || this == EMAIL || this == PHONE || this == LONG_TEXT;
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
            case STRING, EMAIL, PHONE, LONG_TEXT -> "string";
            case DOUBLE -> "double";
            case DATE -> "date";
            case DATETIME -> "dateTime";
            case BOOLEAN -> "boolean";
        };
    }
}
