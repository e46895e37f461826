package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static io.contactsync.sandbox.genesys.SchemaFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

class CustomFieldValidatorTest {

    private static final SchemaDefinition SCHEMA = SchemaDefinition.parse(json(
            "{\"properties\":" + SchemaFixtures.PROPERTIES + "}"), true);

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @CsvSource(delimiter = '|', value = {
            "tier_enum         | \"gold\"",
            "language_text     | \"en\"",
            "notes_longtext    | \"a long note\"",
            "score_number      | 14.5",
            "score_number      | 0",
            "visits_integer    | 12",
            "visits_integer    | 3.0",
            "vip_checkbox      | true",
            "active_boolean    | false",
            "birthday_date     | \"1990-02-28\"",
            "lastSeen_datetime | \"2024-01-31T12:00:00.000Z\"",
            "lastSeen_datetime | \"2024-01-31T12:00:00+01:00\"",
            "account_identifier| \"ACC-1\"",
            "home_url          | \"https://example.com/x\"",
            "labels_tag        | [\"a\",\"b\",\"c\"]",
            "labels_tag        | []"})
    void validValueIsStoredAsSent(String field, String value) {
        List<FieldError> errors = new ArrayList<>();

        ObjectNode stored = CustomFieldValidator.validate(SCHEMA, json("{\"" + field + "\":" + value + "}"), errors);

        assertThat(errors).isEmpty();
        assertThat(stored.get(field)).isEqualTo(json(value));
    }

    @ParameterizedTest(name = "{0} = {1} is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "nickname_text     | \"x\"                        | is not a field of its schema",
            "tier_enum         | \"platinum\"                 | must be one of gold, silver",
            "tier_enum         | \"Gold\"                     | must be one of gold, silver",
            "language_text     | 42                         | must be a string",
            "language_text     | \"abcdefghijk\"              | must be at most 10 characters, not 11",
            "score_number      | \"14\"                       | must be a number",
            "score_number      | 16                         | must be between 0 and 15",
            "visits_integer    | 1.5                        | must be a whole number",
            "visits_integer    | -1                         | must be between 0 and any",
            "vip_checkbox      | \"yes\"                      | must be true or false",
            "birthday_date     | \"28/02/1990\"               | must be a date like 2024-01-31",
            "lastSeen_datetime | \"2024-01-31\"               | must be an ISO-8601 date-time",
            "home_url          | \"example.com\"              | must be an absolute http or https URL",
            "labels_tag        | \"a\"                        | must be an array of strings",
            "labels_tag        | [\"a\",\"b\",\"c\",\"d\"]          | must hold 0 to 3 tags, not 4",
            "labels_tag        | [\"a\",\"a\"]                  | holds 'a' twice",
            "labels_tag        | [\"\"]                       | each tag must be 1 to 20 characters long",
            "labels_tag        | [1]                        | must be an array of strings"})
    void invalidValueIsAnErrorNamingTheField(String field, String value, String problem) {
        List<FieldError> errors = new ArrayList<>();

        CustomFieldValidator.validate(SCHEMA, json("{\"" + field + "\":" + value + "}"), errors);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.fieldName()).isEqualTo("customFields." + field);
            assertThat(e.message()).contains(problem);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}                     | customFields.code_text",
            "{\"code_text\":null}   | customFields.code_text",
            "{\"code_text\":\"A1\"} | ''"})
    void requiredFieldMustBeSet(String customFields, String missing) {
        SchemaDefinition schema = SchemaDefinition.parse(json("""
                {"required":["code_text"],
                 "properties":{"code_text":{"allOf":[{"$ref":"#/definitions/text"}]}}}"""), true);
        List<FieldError> errors = new ArrayList<>();

        CustomFieldValidator.validate(schema, json(customFields), errors);

        assertThat(errors).extracting(FieldError::fieldName)
                .isEqualTo(missing.isEmpty() ? List.of() : List.of(missing));
    }
}
