package io.contactsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records as the REST API returns them: {@code attributes} first, then the fields. */
final class SObjectJson {

    private SObjectJson() {
    }

    static String url(String version, String id) {
        return "/services/data/" + version + "/sobjects/" + EmulatedSObject.ofId(id).orElseThrow().apiName() + "/" + id;
    }

    static Map<String, Object> attributes(String version, String id) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", EmulatedSObject.ofId(id).orElseThrow().apiName());
        attributes.put("url", url(version, id));
        return attributes;
    }

    static Map<String, Object> record(SObjectRecord record, String version, List<SalesforceField> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attributes", attributes(version, record.id()));
        for (SalesforceField field : fields) {
            json.put(field.apiName(), record.jsonValue(field));
        }
        return json;
    }

    /** The fields named in a comma-separated {@code fields} parameter, or every field when it is absent. */
    static List<SalesforceField> fields(String commaSeparated, FieldCatalogue catalogue) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return catalogue.all();
        }
        return fields(Arrays.asList(commaSeparated.split(",")), catalogue);
    }

    static List<SalesforceField> fields(List<String> names, FieldCatalogue catalogue) {
        List<SalesforceField> fields = new ArrayList<>();
        for (String name : names) {
            String trimmed = name.trim();
            fields.add(catalogue.byName(trimmed).orElseThrow(() -> ApiException.invalidField(
                    "No such column '" + trimmed + "' on entity '" + catalogue.sObject().apiName() + "'. If you are"
                            + " attempting to use a custom field, be sure to append the '__c' after the custom field"
                            + " name.")));
        }
        return fields;
    }
}
