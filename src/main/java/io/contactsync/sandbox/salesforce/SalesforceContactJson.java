package io.contactsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Contacts as the REST API returns them: {@code attributes} first, then the fields. */
final class SalesforceContactJson {

    private SalesforceContactJson() {
    }

    static String url(String version, String id) {
        return "/services/data/" + version + "/sobjects/Contact/" + id;
    }

    static Map<String, Object> attributes(String version, String id) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", "Contact");
        attributes.put("url", url(version, id));
        return attributes;
    }

    static Map<String, Object> record(ContactRecord record, String version, List<SalesforceContactField> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attributes", attributes(version, record.id()));
        for (SalesforceContactField field : fields) {
            json.put(field.apiName(), record.jsonValue(field));
        }
        return json;
    }

    /** The fields named in a comma-separated {@code fields} parameter, or every field when it is absent. */
    static List<SalesforceContactField> fields(String commaSeparated, ContactFieldCatalogue catalogue) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return catalogue.all();
        }
        return fields(Arrays.asList(commaSeparated.split(",")), catalogue);
    }

    static List<SalesforceContactField> fields(List<String> names, ContactFieldCatalogue catalogue) {
        List<SalesforceContactField> fields = new ArrayList<>();
        for (String name : names) {
            String trimmed = name.trim();
            fields.add(catalogue.byName(trimmed).orElseThrow(() -> ApiException.invalidField(
                    "No such column '" + trimmed + "' on entity 'Contact'. If you are attempting to use a custom"
                            + " field, be sure to append the '__c' after the custom field name.")));
        }
        return fields;
    }
}
