package io.contactsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The mapping against a Salesforce Contact describe and a Genesys Cloud data schema listing: one mapped field per row
 * (the field {@code probe}, beside a valid lastName), and exactly the problems it has.
 */
class MappingCheckTest {

    private static final JsonNode DESCRIBE = describe(
            field("Id", "id", 18, false),
            field("LastName", "string", 80, true),
            field("FirstName", "string", 40, true),
            field("Email", "email", 80, true),
            field("Phone", "phone", 40, true),
            field("External_Genesys_ID__c", "string", 255, true),
            field("Short_Id__c", "string", 18, true),
            field("Formula__c", "string", 255, false),
            field("Score__c", "double", 0, true),
            field("Genesys_Tags__c", "string", 255, true),
            field("Genesys_Notes__c", "textarea", 32768, true),
            field("Vip__c", "boolean", 0, true),
            field("Birthdate", "date", 0, true),
            """
            {"name":"Customer_Tier__c","type":"picklist","length":255,"createable":true,"updateable":true,
             "picklistValues":[{"value":"Gold","active":true},{"value":"Silver","active":true},
                               {"value":"Bronze","active":true},{"value":"Tin","active":false}]}""");

    private static final JsonNode SCHEMAS = json("""
            {"total":2,"entities":[
              {"id":"schema-1","name":"Contact sync fields","version":3,"enabled":true,"jsonSchema":{"properties":{
                "tier_enum":{"allOf":[{"$ref":"#/definitions/enum"}],"enum":["gold","silver","bronze"]},
                "level_enum":{"allOf":[{"$ref":"#/definitions/enum"}],"enum":["gold","silver","bronze","platinum"]},
                "code_text":{"allOf":[{"$ref":"#/definitions/text"}],"maxLength":5},
                "score_number":{"allOf":[{"$ref":"#/definitions/number"}]},
                "tags_tag":{"allOf":[{"$ref":"#/definitions/tag"}],"items":{"maxLength":20}},
                "vip_checkbox":{"allOf":[{"$ref":"#/definitions/checkbox"}]},
                "seen_datetime":{"allOf":[{"$ref":"#/definitions/datetime"}]}}}},
              {"id":"schema-2","name":"Old fields","version":1,"enabled":false,"jsonSchema":{"properties":{
                "legacy_text":{"allOf":[{"$ref":"#/definitions/text"}]}}}}],
             "selfUri":"/api/v2/externalcontacts/contacts/schemas"}""");

    @TempDir
    Path dir;

    static Stream<Arguments> fields() {
        return Stream.of(
                arguments("a field of each side that fits",
                        "{ salesforce: { field: FirstName, maxLength: 40 }, genesys: { path: firstName, maxLength: 1000 } }",
                        List.of()),
                arguments("an unknown Salesforce field",
                        "{ salesforce: { field: Nickname__c }, genesys: { path: firstName } }",
                        List.of("fields.probe.salesforce.field: Nickname__c is not a field of Contact")),
                arguments("a Salesforce field named in another case",
                        "{ salesforce: { field: firstname }, genesys: { path: firstName } }",
                        List.of()),
                arguments("an unknown contact property",
                        "{ salesforce: { field: FirstName }, genesys: { path: nickname } }",
                        List.of("fields.probe.genesys.path: nickname is not a property of a Genesys Cloud external"
                                + " contact (address.address1, address.address2, address.city, address.countryCode,"
                                + " address.postalCode, address.state, cellPhone, externalOrganization.id, firstName, homePhone, lastName,"
                                + " middleName, notes, otherEmail, otherPhone, personalEmail, salutation,"
                                + " surveyOptOut, title, workEmail, workPhone, or customFields.<name>)")),
                arguments("an unknown custom field",
                        "{ salesforce: { field: FirstName }, genesys: { path: customFields.nick_text } }",
                        List.of("fields.probe.genesys.path: nick_text is not a field of the data schema"
                                + " 'Contact sync fields'")),
                arguments("a Salesforce field the sync cannot write, flowing both ways",
                        "{ salesforce: { field: Formula__c }, genesys: { path: title } }",
                        List.of("fields.probe.salesforce.field: Contact.Formula__c is not createable, and the"
                                        + " direction BOTH writes it",
                                "fields.probe.salesforce.field: Contact.Formula__c is not updateable, and the"
                                        + " direction BOTH writes it")),
                arguments("a Salesforce field the sync cannot write, read only",
                        "{ salesforce: { field: Formula__c }, genesys: { path: title }, direction: SALESFORCE_TO_GENESYS }",
                        List.of()),
                arguments("notes, read",
                        "{ type: longtext, salesforce: { field: Genesys_Notes__c }, genesys: { path: notes },"
                                + " direction: GENESYS_TO_SALESFORCE }",
                        List.of()),
                arguments("a number in a picklist",
                        "{ type: number, salesforce: { field: Customer_Tier__c },"
                                + " genesys: { path: customFields.score_number } }",
                        List.of("fields.probe.type: number does not fit Salesforce Contact.Customer_Tier__c of type"
                                + " picklist (number fits double, int, long, currency, percent)")),
                arguments("tags in a text field",
                        "{ type: tags, salesforce: { field: Genesys_Tags__c }, genesys: { path: customFields.code_text } }",
                        List.of("fields.probe.type: tags does not fit Genesys Cloud customFields.code_text of type"
                                + " text (tags fits tag)")),
                arguments("tags in a tag field",
                        "{ type: tags, salesforce: { field: Genesys_Tags__c }, genesys: { path: customFields.tags_tag },"
                                + " direction: GENESYS_TO_SALESFORCE }",
                        List.of()),
                arguments("a phone in a custom field",
                        "{ type: phone, salesforce: { field: Phone }, genesys: { path: customFields.code_text } }",
                        List.of("fields.probe.type: phone does not fit Genesys Cloud customFields.code_text of type"
                                + " text (phone fits phone)")),
                arguments("an email in a phone property",
                        "{ type: email, salesforce: { field: Email }, genesys: { path: workPhone } }",
                        List.of("fields.probe.type: email does not fit Genesys Cloud workPhone of type phone"
                                + " (email fits email, text, identifier)")),
                arguments("a number in numbers",
                        "{ type: number, salesforce: { field: Score__c }, genesys: { path: customFields.score_number } }",
                        List.of()),
                arguments("a boolean in a checkbox",
                        "{ type: boolean, salesforce: { field: Vip__c }, genesys: { path: customFields.vip_checkbox } }",
                        List.of()),
                arguments("a boolean in a Salesforce text field",
                        "{ type: boolean, salesforce: { field: FirstName }, genesys: { path: customFields.vip_checkbox } }",
                        List.of("fields.probe.type: boolean does not fit Salesforce Contact.FirstName of type string"
                                + " (boolean fits boolean)")),
                arguments("a date in a date and time",
                        "{ type: date, salesforce: { field: Birthdate }, genesys: { path: customFields.seen_datetime } }",
                        List.of("fields.probe.type: date does not fit Genesys Cloud customFields.seen_datetime of type"
                                + " datetime (date fits date)")),
                arguments("text in a phone property",
                        "{ salesforce: { field: FirstName }, genesys: { path: workPhone } }",
                        List.of("fields.probe.type: text does not fit Genesys Cloud workPhone of type phone"
                                + " (text fits text, longtext, identifier, url, url[])")),
                arguments("an email maxLength above the contact's email length",
                        "{ type: email, salesforce: { field: Email }, genesys: { path: personalEmail, maxLength: 300 } }",
                        List.of("fields.probe.genesys.maxLength: 300 is more than the 256 characters Genesys Cloud"
                                + " personalEmail holds")),
                arguments("a Salesforce maxLength above the field's length",
                        "{ salesforce: { field: FirstName, maxLength: 41 }, genesys: { path: firstName } }",
                        List.of("fields.probe.salesforce.maxLength: 41 is more than the 40 characters"
                                + " Contact.FirstName holds")),
                arguments("a Genesys Cloud maxLength above the property's length",
                        "{ salesforce: { field: FirstName }, genesys: { path: address.city, maxLength: 101 } }",
                        List.of("fields.probe.genesys.maxLength: 101 is more than the 100 characters Genesys Cloud"
                                + " address.city holds")),
                arguments("a Genesys Cloud maxLength above the custom field's length",
                        "{ salesforce: { field: FirstName }, genesys: { path: customFields.code_text, maxLength: 6 } }",
                        List.of("fields.probe.genesys.maxLength: 6 is more than the 5 characters Genesys Cloud"
                                + " customFields.code_text holds")),
                arguments("every active picklist value mapped (an inactive one is never sent)",
                        "{ type: picklist, salesforce: { field: Customer_Tier__c }, genesys: { path: customFields.tier_enum },"
                                + " values: { Gold: gold, Silver: silver, Bronze: bronze } }",
                        List.of()),
                arguments("a Salesforce picklist value without a Genesys Cloud value",
                        "{ type: picklist, salesforce: { field: Customer_Tier__c }, genesys: { path: customFields.tier_enum },"
                                + " values: { Gold: gold, Silver: silver }, direction: SALESFORCE_TO_GENESYS }",
                        List.of("fields.probe.values: Salesforce Contact.Customer_Tier__c value 'Bronze' becomes"
                                + " 'Bronze', which is not a value of Genesys Cloud customFields.tier_enum"
                                + " (gold, silver, bronze)")),
                arguments("a Genesys Cloud enum key without a Salesforce value",
                        "{ type: picklist, salesforce: { field: Customer_Tier__c }, genesys: { path: customFields.level_enum },"
                                + " values: { Gold: gold, Silver: silver, Bronze: bronze }, direction: GENESYS_TO_SALESFORCE }",
                        List.of("fields.probe.values: Genesys Cloud customFields.level_enum value 'platinum' becomes"
                                + " 'platinum', which is not a value of Salesforce Contact.Customer_Tier__c"
                                + " (Gold, Silver, Bronze)")),
                arguments("a Genesys Cloud enum key without a Salesforce value, never written to Salesforce",
                        "{ type: picklist, salesforce: { field: Customer_Tier__c }, genesys: { path: customFields.level_enum },"
                                + " values: { Gold: gold, Silver: silver, Bronze: bronze }, direction: SALESFORCE_TO_GENESYS }",
                        List.of()),
                arguments("a value map naming a value Salesforce does not have",
                        "{ type: picklist, salesforce: { field: Customer_Tier__c }, genesys: { path: customFields.tier_enum },"
                                + " values: { Gold: gold, Silver: silver, Bronze: bronze, Platinum: platinum } }",
                        List.of("fields.probe.values: 'Platinum' is not a value of Salesforce Contact.Customer_Tier__c")),
                arguments("a picklist value longer than the target holds",
                        "{ type: picklist, salesforce: { field: Customer_Tier__c }, genesys: { path: customFields.code_text },"
                                + " direction: SALESFORCE_TO_GENESYS }",
                        List.of("fields.probe.values: Salesforce Contact.Customer_Tier__c value 'Silver' becomes"
                                        + " 'Silver', longer than the 5 characters Genesys Cloud customFields.code_text holds",
                                "fields.probe.values: Salesforce Contact.Customer_Tier__c value 'Bronze' becomes"
                                        + " 'Bronze', longer than the 5 characters Genesys Cloud customFields.code_text"
                                        + " holds")),
                arguments("a picklist value longer than the mapping's maxLength",
                        "{ type: picklist, salesforce: { field: Customer_Tier__c }, genesys: { path: customFields.tier_enum,"
                                + " maxLength: 4 }, values: { Gold: gold, Silver: silver, Bronze: bronze },"
                                + " direction: SALESFORCE_TO_GENESYS }",
                        List.of("fields.probe.values: Salesforce Contact.Customer_Tier__c value 'Silver' becomes"
                                        + " 'silver', longer than the 4 characters Genesys Cloud customFields.tier_enum holds",
                                "fields.probe.values: Salesforce Contact.Customer_Tier__c value 'Bronze' becomes"
                                        + " 'bronze', longer than the 4 characters Genesys Cloud customFields.tier_enum"
                                        + " holds")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void aMappedFieldIsCheckedAgainstBothSchemas(String what, String probe, List<String> problems) throws IOException {
        FieldMapping mapping = mapping("External_Genesys_ID__c", "Contact sync fields", probe);

        assertThat(MappingCheck.problems(mapping, DESCRIBE, SCHEMAS)).containsExactlyElementsOf(problems);
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                arguments("External_Genesys_ID__c", "Contact sync fields", List.of()),
                arguments("Genesys_Id__c", "Contact sync fields",
                        List.of("salesforce.genesysIdField: Genesys_Id__c is not a field of Contact")),
                arguments("Formula__c", "Contact sync fields",
                        List.of("salesforce.genesysIdField: Contact.Formula__c is not updateable, and the sync"
                                + " writes the Genesys Cloud id there")),
                arguments("Short_Id__c", "Contact sync fields",
                        List.of("salesforce.genesysIdField: Contact.Short_Id__c holds 18 characters, a Genesys"
                                + " Cloud id 36")),
                arguments("External_Genesys_ID__c", "Missing fields",
                        List.of("genesys.schema: Genesys Cloud has no External Contact data schema named"
                                + " 'Missing fields'")),
                arguments("External_Genesys_ID__c", "Old fields",
                        List.of("fields.probe.direction: BOTH writes Genesys Cloud customFields.legacy_text, but its"
                                + " data schema 'Old fields' is disabled; use GENESYS_TO_SALESFORCE")));
    }

    @ParameterizedTest(name = "genesysIdField {0}, schema {1}")
    @MethodSource("settings")
    void theIdFieldAndTheSchemaAreChecked(String idField, String schema, List<String> problems) throws IOException {
        FieldMapping mapping = mapping(idField, schema,
                "{ salesforce: { field: FirstName }, genesys: { path: customFields.legacy_text } }");
        List<String> found = MappingCheck.problems(mapping, DESCRIBE, SCHEMAS).stream()
                .filter(problem -> !problem.contains("legacy_text is not a field")).toList();

        assertThat(found).containsExactlyElementsOf(problems);
    }

    @Test
    void thePackagedMappingFitsTheStandardFieldsOfBothSystems() {
        assertThat(MappingCheck.problems(FieldMapping.defaults(), DESCRIBE_OF_PACKAGED_FIELDS, SCHEMAS)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        FieldMapping mapping = mapping("Genesys_Id__c", "Contact sync fields",
                "{ type: number, salesforce: { field: Nickname__c }, genesys: { path: customFields.code_text } }");

        assertThat(MappingCheck.problems(mapping, DESCRIBE, SCHEMAS)).containsExactly(
                "salesforce.genesysIdField: Genesys_Id__c is not a field of Contact",
                "fields.probe.salesforce.field: Nickname__c is not a field of Contact",
                "fields.probe.type: number does not fit Genesys Cloud customFields.code_text of type text"
                        + " (number fits number, integer)");
    }

    @Test
    void theListingNamesTheSchemaAContactNeeds() {
        assertThat(DataSchemaListing.of(SCHEMAS).reference("Contact sync fields").orElseThrow())
                .hasToString("{\"id\":\"schema-1\",\"version\":3}");
        assertThat(DataSchemaListing.of(SCHEMAS).reference("Missing fields")).isEmpty();
        assertThat(DataSchemaListing.of(json("{}")).reference("Contact sync fields")).isEmpty();
    }

    private static final JsonNode DESCRIBE_OF_PACKAGED_FIELDS = describe(
            field("FirstName", "string", 40, true), field("LastName", "string", 80, true),
            field("Title", "string", 128, true), field("Email", "email", 80, true),
            field("Phone", "phone", 40, true), field("MobilePhone", "phone", 40, true),
            field("HomePhone", "phone", 40, true), field("OtherPhone", "phone", 40, true),
            field("MailingStreet", "textarea", 255, true), field("MailingCity", "string", 40, true),
            field("MailingState", "string", 80, true), field("MailingPostalCode", "string", 20, true),
            field("MailingCountry", "string", 80, true), field("External_Genesys_ID__c", "string", 255, true),
            field("Genesys_Tags__c", "textarea", 32768, true), field("Genesys_Notes__c", "textarea", 131072, true),
            field("AccountId", "reference", 18, true));

    private FieldMapping mapping(String idField, String schema, String probe) throws IOException {
        Path file = Files.writeString(dir.resolve("mapping.yaml"), """
                salesforce:
                  genesysIdField: %s
                genesys:
                  schema: %s
                fields:
                  lastName:
                    salesforce: { field: LastName, required: true }
                    genesys: { path: lastName }
                  probe: %s
                """.formatted(idField, schema, probe));
        return FieldMapping.load(file.toString());
    }

    /** A Contact describe with these fields. */
    private static JsonNode describe(String... fields) {
        return json("{\"name\":\"Contact\",\"fields\":[" + String.join(",", fields) + "]}");
    }

    private static String field(String name, String type, int length, boolean writable) {
        return """
                {"name":"%s","type":"%s","length":%d,"createable":%b,"updateable":%b,"picklistValues":[]}"""
                .formatted(name, type, length, writable, writable);
    }

    private static JsonNode json(String text) {
        try {
            return JsonRecords.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
