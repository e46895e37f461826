package io.contactsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An sObject's describe ({@code GET …/sobjects/{sObject}/describe}) from its field catalogue, in the
 * documented {@code DescribeSObjectResult} shape: the object's flags and urls, then one entry per field with
 * its type, soapType, length, create/update/nillable flags, custom flag, picklist values and lookup target,
 * then the child relationships (the lookups of other sObjects to this one; deleting a parent deletes them).
 */
final class SObjectDescribe {

    private SObjectDescribe() {
    }

    static Map<String, Object> describe(FieldCatalogue catalogue, String version) {
        EmulatedSObject sObject = catalogue.sObject();
        String sobject = "/services/data/" + version + "/sobjects/" + sObject.apiName();
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("sobject", sobject);
        urls.put("describe", sobject + "/describe");
        urls.put("rowTemplate", sobject + "/{ID}");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", sObject.apiName());
        json.put("label", sObject.apiName());
        json.put("labelPlural", sObject.labelPlural());
        json.put("keyPrefix", sObject.keyPrefix());
        json.put("custom", false);
        json.put("customSetting", false);
        for (String flag : List.of("createable", "updateable", "deletable", "undeletable", "queryable",
                "retrieveable", "replicateable", "searchable", "layoutable", "mergeable", "triggerable")) {
            json.put(flag, true);
        }
        json.put("deprecatedAndHidden", false);
        json.put("urls", urls);
        json.put("fields", catalogue.all().stream().map(field -> field(sObject, field)).toList());
        json.put("childRelationships", childRelationships(sObject));
        json.put("recordTypeInfos", List.of());
        return json;
    }

    private static List<Map<String, Object>> childRelationships(EmulatedSObject parent) {
        List<Map<String, Object>> relationships = new ArrayList<>();
        for (EmulatedSObject child : EmulatedSObject.values()) {
            for (SalesforceField lookup : child.lookupsTo(parent)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("cascadeDelete", true);
                json.put("childSObject", child.apiName());
                json.put("deprecatedAndHidden", false);
                json.put("field", lookup.apiName());
                json.put("relationshipName", child.labelPlural());
                json.put("restrictedDelete", false);
                relationships.add(json);
            }
        }
        return relationships;
    }

    private static Map<String, Object> field(EmulatedSObject sObject, SalesforceField field) {
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
        json.put("nillable", field.isWritable() && field != sObject.requiredField() && type != DescribeFieldType.BOOLEAN);
        json.put("custom", field.custom());
        json.put("externalId", field.isExternalId());
        json.put("idLookup", type == DescribeFieldType.ID || field.isExternalId() || type == DescribeFieldType.EMAIL);
        json.put("unique", false);
        json.put("nameField", field.apiName().equals("Name"));
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
        json.put("picklistValues", field.picklistValues().stream().map(SObjectDescribe::picklistValue).toList());
        json.put("restrictedPicklist", field.restrictedPicklist());
        json.put("dependentPicklist", false);
        json.put("referenceTo", field.referenceTo() == null ? List.of() : List.of(field.referenceTo()));
        json.put("relationshipName", field.relationshipName());
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
}
