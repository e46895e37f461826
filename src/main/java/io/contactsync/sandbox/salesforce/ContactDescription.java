package io.contactsync.sandbox.salesforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Contact describe ({@code GET …/sobjects/Contact/describe}) from the org's field catalogue, in the
 * documented {@code DescribeSObjectResult} shape: the object's flags and urls, then one entry per field with
 * its type, soapType, length, create/update/nillable flags, custom flag and picklist values.
 */
final class ContactDescription {

    private ContactDescription() {
    }

    static Map<String, Object> describe(List<SalesforceContactField> fields, String version) {
        String sobject = "/services/data/" + version + "/sobjects/Contact";
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("sobject", sobject);
        urls.put("describe", sobject + "/describe");
        urls.put("rowTemplate", sobject + "/{ID}");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", "Contact");
        json.put("label", "Contact");
        json.put("labelPlural", "Contacts");
        json.put("keyPrefix", EmulatedSalesforceIds.CONTACT_PREFIX);
        json.put("custom", false);
        json.put("customSetting", false);
        for (String flag : List.of("createable", "updateable", "deletable", "undeletable", "queryable",
                "retrieveable", "replicateable", "searchable", "layoutable", "mergeable", "triggerable")) {
            json.put(flag, true);
        }
        json.put("deprecatedAndHidden", false);
        json.put("urls", urls);
        json.put("fields", fields.stream().map(ContactDescription::field).toList());
        json.put("childRelationships", List.of());
        json.put("recordTypeInfos", List.of());
        return json;
    }

    private static Map<String, Object> field(SalesforceContactField field) {
        DescribeFieldType type = field.type();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", field.apiName());
        json.put("label", field.label());
        json.put("type", type.describeName());
        json.put("soapType", type.soapType());
        json.put("length", field.maxLength());
        json.put("byteLength", field.maxLength() * 3);
        json.put("precision", type == DescribeFieldType.DOUBLE ? 18 : 0);
        json.put("scale", 0);
        json.put("digits", 0);
        json.put("createable", field.isWritable());
        json.put("updateable", field.isWritable());
        json.put("nillable", field.nillable());
        json.put("custom", field.custom());
        json.put("externalId", field.isExternalId());
        json.put("idLookup", type == DescribeFieldType.ID || field.isExternalId() || type == DescribeFieldType.EMAIL);
        json.put("unique", false);
        json.put("nameField", field == SalesforceContactField.NAME);
        json.put("calculated", field == SalesforceContactField.NAME);
        json.put("autoNumber", false);
        json.put("defaultedOnCreate", !field.isWritable() || type == DescribeFieldType.BOOLEAN);
        json.put("defaultValue", type == DescribeFieldType.BOOLEAN && field.isWritable() ? "false" : null);
        json.put("filterable", type.isFilterable());
        json.put("sortable", type.isFilterable() && type != DescribeFieldType.MULTIPICKLIST);
        json.put("groupable", type.isFilterable() && type != DescribeFieldType.DOUBLE && type != DescribeFieldType.DATETIME
                && type != DescribeFieldType.MULTIPICKLIST);
        json.put("caseSensitive", false);
        json.put("htmlFormatted", false);
        json.put("deprecatedAndHidden", false);
        json.put("picklistValues", field.picklistValues().stream().map(ContactDescription::picklistValue).toList());
        json.put("restrictedPicklist", field.restrictedPicklist());
        json.put("dependentPicklist", false);
        json.put("referenceTo", type == DescribeFieldType.REFERENCE ? List.of("User") : List.of());
        json.put("relationshipName", relationshipName(field));
        return json;
    }

    private static Map<String, Object> picklistValue(String value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("active", true);
        json.put("defaultValue", false);
        json.put("label", value);
        json.put("validFor", null);
        json.put("value", value);
        return json;
    }

    /** CreatedById → CreatedBy, as Salesforce names the lookup's relationship. */
    private static String relationshipName(SalesforceContactField field) {
        return field.type() == DescribeFieldType.REFERENCE ? field.apiName().substring(0, field.apiName().length() - 2) : null;
    }
}
