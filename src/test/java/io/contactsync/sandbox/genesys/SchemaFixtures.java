package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data schema request bodies shaped like those of Genesys' "Create External Contacts Schema" tutorial, and JSON
 * parsing for the tests that use them.
 */
final class SchemaFixtures {

    /** One property of every core type, with the tutorial's constraints. */
    static final String PROPERTIES = """
            {
              "tier_enum": {"allOf":[{"$ref":"#/definitions/enum"}], "title":"Tier", "description":"",
                            "enum":["gold","silver"],
                            "_enumProperties":{"gold":{"title":"Gold","_disabled":false},
                                               "silver":{"title":"Silver","_disabled":false}}},
              "language_text": {"allOf":[{"$ref":"#/definitions/text"}], "title":"Language", "minLength":0,
                                "maxLength":10},
              "notes_longtext": {"allOf":[{"$ref":"#/definitions/longtext"}], "title":"Notes", "maxLength":1000},
              "score_number": {"allOf":[{"$ref":"#/definitions/number"}], "title":"Score", "minimum":0,
                               "maximum":15},
              "visits_integer": {"allOf":[{"$ref":"#/definitions/integer"}], "title":"Visits", "minimum":0},
              "vip_checkbox": {"allOf":[{"$ref":"#/definitions/checkbox"}], "title":"VIP"},
              "active_boolean": {"allOf":[{"$ref":"#/definitions/boolean"}], "title":"Active"},
              "birthday_date": {"allOf":[{"$ref":"#/definitions/date"}], "title":"Birthday"},
              "lastSeen_datetime": {"allOf":[{"$ref":"#/definitions/datetime"}], "title":"Last seen"},
              "account_identifier": {"allOf":[{"$ref":"#/definitions/identifier"}], "title":"Account",
                                     "maxLength":100},
              "home_url": {"allOf":[{"$ref":"#/definitions/url"}], "title":"Home page", "maxLength":200},
              "labels_tag": {"allOf":[{"$ref":"#/definitions/tag"}], "title":"Labels", "minItems":0, "maxItems":3,
                             "uniqueItems":true, "items":{"minLength":1, "maxLength":20}}
            }""";

    private SchemaFixtures() {
    }

    /** A create body ({@code "version":0}, as the tutorial sends) with the given name and properties. */
    static String schema(String name, String properties) {
        return schemaVersion(name, 0, properties);
    }

    static String schemaVersion(String name, int version, String properties) {
        return """
                {"name":"%s","version":%d,"enabled":true,
                 "jsonSchema":{"$schema":"http://json-schema.org/draft-04/schema#","title":"%s",
                               "description":"made by a test","properties":%s}}"""
                .formatted(name, version, name, properties);
    }

    static JsonNode json(String text) {
        try {
            return GenesysJson.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
