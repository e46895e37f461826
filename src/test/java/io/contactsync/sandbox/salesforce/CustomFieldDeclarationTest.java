package io.contactsync.sandbox.salesforce;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomFieldDeclarationTest {

    @ParameterizedTest(name = "{0} length {1} -> {2} {3}")
    @CsvSource(nullValues = "-", textBlock = """
            string,        -,      STRING,        255
            text,          40,     STRING,        40
            textarea,      -,      LONG_TEXT,     32768
            longtext,      131072, LONG_TEXT,     131072
            multipicklist, -,      MULTIPICKLIST, 4099
            picklist,      -,      PICKLIST,      255
            number,        -,      DOUBLE,        0
            double,        -,      DOUBLE,        0
            checkbox,      -,      BOOLEAN,       0
            boolean,       -,      BOOLEAN,       0
            date,          -,      DATE,          0
            datetime,      -,      DATETIME,      0
            email,         -,      EMAIL,         80
            phone,         -,      PHONE,         40
            """)
    void eachTypeGetsSalesforcesTypeAndLength(String type, Integer length, DescribeFieldType expected, int expectedLength) {
        JsonObject field = new JsonObject().put("name", "Some_Field__c").put("type", type).put("length", length);
        if (expected.isPicklist()) {
            field.put("values", List.of("A", "B"));
        }

        SalesforceField declared = CustomFieldDeclaration.read(new JsonObject().put("object", "Contact")
                .put("fields", List.of(field))).fields().get(0);

        assertThat(declared.type()).isEqualTo(expected);
        assertThat(declared.maxLength()).isEqualTo(expectedLength);
        assertThat(declared.custom()).isTrue();
        assertThat(declared.isWritable()).isTrue();
        assertThat(declared.label()).isEqualTo("Some Field");
        assertThat(declared.restrictedPicklist()).isEqualTo(expected.isPicklist());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"name":"Tier__c","type":"text","length":0}                     | length must be between 1 and 255
            {"name":"Notes__c","type":"longtext","length":255}              | length must be between 256 and 131072
            {"name":"Tier__c","type":"text","values":["A"]}                 | only picklist and multipicklist fields have values
            {"name":"Tier__c","type":"picklist","values":["A","A"]}         | distinct non-blank strings without ';'
            {"name":"Tier__c","type":"multipicklist","values":["A;B"]}      | distinct non-blank strings without ';'
            {"name":"Tier__c","type":"picklist","values":[]}                | a picklist needs its values
            {"name":"Two__Underscores__c","type":"text"}                    | custom field API name
            {"name":"9Lives__c","type":"text"}                              | custom field API name
            {"name":"Tier__c"}                                              | type must be one of
            """)
    void aBadFieldIsRefusedWithItsReason(String field, String reason) {
        JsonObject declaration = new JsonObject().put("object", "Contact").put("fields", List.of(new JsonObject(field)));

        assertThatThrownBy(() -> CustomFieldDeclaration.read(declaration)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aDeclarationNamesItsSObjectInAnyCase() {
        CustomFieldDeclaration declared = CustomFieldDeclaration.read(new JsonObject().put("object", "account")
                .put("fields", List.of(new JsonObject().put("name", "Tier__c").put("type", "text"))));

        assertThat(declared.sObject()).isEqualTo(EmulatedSObject.ACCOUNT);
        assertThat(declared.fields()).extracting(SalesforceField::apiName).containsExactly("Tier__c");
    }
}
