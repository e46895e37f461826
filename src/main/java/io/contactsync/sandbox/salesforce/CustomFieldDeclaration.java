package io.contactsync.sandbox.salesforce;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@code POST /__sandbox/fields} body: custom fields of one sObject (Contact or Account), with the limits Setup applies
 * when an admin creates them: API names ending in {@code __c}, text up to 255 characters, long text areas of
 * 256 to 131072, picklists with their values (restricted unless {@code "restricted": false}).
 * <pre>
 * {"object":"Contact","fields":[{"name":"Customer_Tier__c","type":"picklist","values":["Gold","Silver"]}]}
 * </pre>
 */
record CustomFieldDeclaration(EmulatedSObject sObject, List<SalesforceField> fields) {

    /** Letters, digits and single underscores, starting with a letter, at most 40 characters before __c. */
    private static final Pattern API_NAME = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|_(?!_)){0,39}__c");
    private static final int TEXT_MAX = 255;
    private static final int LONG_TEXT_MIN = 256;
    private static final int LONG_TEXT_MAX = 131_072;
    private static final int LONG_TEXT_DEFAULT = 32_768;
    private static final int MULTIPICKLIST_LENGTH = 4099;

    CustomFieldDeclaration {
        fields = List.copyOf(fields);
    }

    /** @throws IllegalArgumentException naming the first problem */
    static CustomFieldDeclaration read(JsonObject body) {
        String object = body.getString("object");
        EmulatedSObject sObject = EmulatedSObject.named(object == null ? "" : object).orElseThrow(() ->
                new IllegalArgumentException("object must be Contact or Account (the sObjects the sandbox has), not "
                        + object));
        JsonArray fields = body.getJsonArray("fields");
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("fields must list at least one field");
        }
        List<SalesforceField> declared = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            declared.add(field(fields.getJsonObject(i)));
        }
        return new CustomFieldDeclaration(sObject, declared);
    }

    private static SalesforceField field(JsonObject json) {
        String name = json.getString("name");
        if (name == null || !API_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be a custom field API name like Customer_Tier__c, not " + name);
        }
        DescribeFieldType type = type(name, json.getString("type"));
        int length = length(name, type, json.getInteger("length"));
        List<String> values = values(name, type, json.getJsonArray("values"));
        String label = json.getString("label", name.substring(0, name.length() - 3).replace('_', ' '));
        boolean restricted = type.isPicklist() && json.getBoolean("restricted", true);
        return new SalesforceField(name, label, type, length, true, true, values, restricted, null);
    }

    private static DescribeFieldType type(String name, String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "string", "text" -> DescribeFieldType.STRING;
            case "textarea", "longtext" -> DescribeFieldType.LONG_TEXT;
            case "picklist" -> DescribeFieldType.PICKLIST;
            case "multipicklist" -> DescribeFieldType.MULTIPICKLIST;
            case "double", "number" -> DescribeFieldType.DOUBLE;
            case "boolean", "checkbox" -> DescribeFieldType.BOOLEAN;
            case "date" -> DescribeFieldType.DATE;
            case "datetime" -> DescribeFieldType.DATETIME;
            case "email" -> DescribeFieldType.EMAIL;
            case "phone" -> DescribeFieldType.PHONE;
            default -> throw new IllegalArgumentException(name + ": type must be one of string/text, textarea/longtext,"
                    + " picklist, multipicklist, double/number, boolean/checkbox, date, datetime, email, phone, not " + type);
        };
    }

    /** The declared length where the type has a choice, else the length Salesforce gives the type. */
    private static int length(String name, DescribeFieldType type, Integer declared) {
        return switch (type) {
            case STRING -> within(name, declared == null ? TEXT_MAX : declared, 1, TEXT_MAX);
            case LONG_TEXT -> within(name, declared == null ? LONG_TEXT_DEFAULT : declared, LONG_TEXT_MIN, LONG_TEXT_MAX);
            case PICKLIST -> TEXT_MAX;
            case MULTIPICKLIST -> MULTIPICKLIST_LENGTH;
            case EMAIL -> SalesforceContactField.EMAIL.maxLength();
            case PHONE -> SalesforceContactField.PHONE.maxLength();
            default -> 0;
        };
    }

    private static int within(String name, int length, int min, int max) {
        if (length < min || length > max) {
            throw new IllegalArgumentException(name + ": length must be between " + min + " and " + max + ", not " + length);
        }
        return length;
    }

    private static List<String> values(String name, DescribeFieldType type, JsonArray values) {
        if (!type.isPicklist()) {
            if (values != null) {
                throw new IllegalArgumentException(name + ": only picklist and multipicklist fields have values");
            }
            return List.of();
        }
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(name + ": a picklist needs its values");
        }
        List<String> list = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof String text) || text.isBlank() || text.contains(";") || list.contains(text)) {
                throw new IllegalArgumentException(name + ": picklist values must be distinct non-blank strings"
                        + " without ';', not " + value);
            }
            list.add(text);
        }
        return list;
    }
}
