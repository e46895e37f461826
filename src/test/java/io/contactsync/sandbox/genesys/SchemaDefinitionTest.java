package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.contactsync.sandbox.genesys.SchemaFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaDefinitionTest {

    @Test
    void readsEveryCoreTypeWithItsConstraints() {
        SchemaDefinition schema = SchemaDefinition.parse(json("{\"properties\":" + SchemaFixtures.PROPERTIES + "}"),
                true);

        assertThat(schema.fields()).hasSize(12);
        assertThat(schema.fields().get("tier_enum").enumKeys()).containsExactly("gold", "silver");
        assertThat(schema.fields().get("language_text").maxLength()).isEqualTo(10);
        assertThat(schema.fields().get("score_number").maximum()).isEqualTo(15.0);
        CustomFieldSpec tags = schema.fields().get("labels_tag");
        assertThat(tags.type()).isEqualTo(CoreType.TAG);
        assertThat(tags.maxItems()).isEqualTo(3);
        assertThat(tags.itemMinLength()).isEqualTo(1);
        assertThat(tags.itemMaxLength()).isEqualTo(20);
        assertThat(schema.required()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"a_text\":{\"title\":\"no ref\"}}                                   | jsonSchema.properties.a_text",
            "{\"a_text\":{\"allOf\":[{\"$ref\":\"#/definitions/colour\"}]}}        | jsonSchema.properties.a_text",
            "{\"a_number\":{\"allOf\":[{\"$ref\":\"#/definitions/text\"}]}}        | jsonSchema.properties.a_number",
            "{\"9_text\":{\"allOf\":[{\"$ref\":\"#/definitions/text\"}]}}          | jsonSchema.properties.9_text",
            "{\"a_text\":{\"allOf\":[{\"$ref\":\"#/definitions/text\"}],\"minimum\":1}} "
                    + "| jsonSchema.properties.a_text.minimum",
            "{\"a_text\":{\"allOf\":[{\"$ref\":\"#/definitions/text\"}],\"maxLength\":1.5}} "
                    + "| jsonSchema.properties.a_text.maxLength",
            "{\"a_number\":{\"allOf\":[{\"$ref\":\"#/definitions/number\"}],\"maximum\":\"9\"}} "
                    + "| jsonSchema.properties.a_number.maximum",
            "{\"a_enum\":{\"allOf\":[{\"$ref\":\"#/definitions/enum\"}]}}          | jsonSchema.properties.a_enum.enum",
            "{\"a_enum\":{\"allOf\":[{\"$ref\":\"#/definitions/enum\"}],\"enum\":[\"x\",\"\"]}} "
                    + "| jsonSchema.properties.a_enum.enum",
            "{\"a_tag\":{\"allOf\":[{\"$ref\":\"#/definitions/tag\"}],\"items\":{\"maxLength\":-1}}} "
                    + "| jsonSchema.properties.a_tag.items.maxLength",
            "[]                                                                    | jsonSchema.properties"})
    void badPropertyIsRefusedNamingIt(String properties, String fieldName) {
        assertThatThrownBy(() -> SchemaDefinition.parse(json("{\"properties\":" + properties + "}"), true))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(FieldError::fieldName).containsExactly(fieldName);
                });
    }

    @Test
    void nameSuffixIsOptionalWhenNotEnforced() {
        SchemaDefinition schema = SchemaDefinition.parse(
                json("{\"properties\":{\"tier\":{\"allOf\":[{\"$ref\":\"#/definitions/text\"}]}}}"), false);

        assertThat(schema.fields().get("tier").type()).isEqualTo(CoreType.TEXT);
    }

    @Test
    void requiredMayOnlyNameDeclaredFields() {
        String properties = "{\"code_text\":{\"allOf\":[{\"$ref\":\"#/definitions/text\"}]}}";

        assertThat(SchemaDefinition.parse(json("{\"required\":[\"code_text\"],\"properties\":" + properties + "}"),
                true).required()).containsExactly("code_text");
        assertThatThrownBy(() -> SchemaDefinition.parse(json("{\"required\":[\"other_text\"],\"properties\":"
                + properties + "}"), true))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::fieldName).containsExactly("jsonSchema.required"));
    }
}
