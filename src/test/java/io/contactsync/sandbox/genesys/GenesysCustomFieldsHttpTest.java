package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static io.contactsync.sandbox.genesys.SchemaFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Contacts with a data schema and custom fields over plain HTTP: validation, storage and every read path. */
class GenesysCustomFieldsHttpTest extends GenesysEmulatorTestBase {

    private static final String CONTACTS = "/api/v2/externalcontacts/contacts";
    private static final String SCHEMAS = CONTACTS + "/schemas";

    private String schemaId;

    @BeforeEach
    void createSchema() {
        schemaId = GenesysFixture.json(fixture.call("POST", SCHEMAS,
                SchemaFixtures.schema("Contact sync fields", SchemaFixtures.PROPERTIES), token)).get("id").asText();
    }

    @Test
    void customFieldsAreStoredAndReturnedByGetSearchAndScan() {
        HttpResponse<String> created = fixture.call("POST", CONTACTS, contact("Lovelace", 1,
                "{\"tier_enum\":\"gold\",\"labels_tag\":[\"vip\",\"emea\"],\"score_number\":7.5,"
                        + "\"vip_checkbox\":true,\"birthday_date\":\"1815-12-10\",\"language_text\":null}"), token);
        String id = GenesysFixture.json(created).get("id").asText();

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode fetched = GenesysFixture.json(fixture.call("GET", CONTACTS + "/" + id, null, token));
        assertThat(fetched.get("schema").get("id").asText()).isEqualTo(schemaId);
        assertThat(fetched.get("schema").get("version").asInt()).isEqualTo(1);
        assertThat(fetched.get("customFields")).isEqualTo(json("{\"tier_enum\":\"gold\",\"labels_tag\":[\"vip\","
                + "\"emea\"],\"score_number\":7.5,\"vip_checkbox\":true,\"birthday_date\":\"1815-12-10\"}"));
        JsonNode scanned = GenesysFixture.json(fixture.call("GET", "/api/v2/externalcontacts/scan/contacts", null,
                token)).get("entities").get(0);
        assertThat(scanned.get("customFields")).isEqualTo(fetched.get("customFields"));
        JsonNode found = GenesysFixture.json(fixture.call("GET", CONTACTS + "?q=lovelace", null, token))
                .get("entities").get(0);
        assertThat(found.get("customFields").get("tier_enum").asText()).isEqualTo("gold");
    }

    @Test
    void badCustomFieldsAreA400NamingEachFieldAndStoreNothing() {
        HttpResponse<String> response = fixture.call("POST", CONTACTS, contact("Hopper", 1,
                "{\"tier_enum\":\"platinum\",\"nickname_text\":\"Amazing Grace\",\"score_number\":\"high\","
                        + "\"labels_tag\":[\"a\",\"b\",\"c\",\"d\"]}"), token);

        JsonNode body = GenesysFixture.json(response);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("details")).extracting(d -> d.get("fieldName").asText()).containsExactlyInAnyOrder(
                "customFields.tier_enum", "customFields.nickname_text", "customFields.score_number",
                "customFields.labels_tag");
        assertThat(body.get("message").asText()).contains("customFields.tier_enum: must be one of gold, silver")
                .contains("customFields.nickname_text: is not a field of its schema");
        assertThat(GenesysFixture.json(fixture.call("GET", CONTACTS, null, token)).get("total").asInt()).isZero();
    }

    @Test
    void customFieldsNeedAKnownSchemaVersion() {
        HttpResponse<String> noSchema = fixture.call("POST", CONTACTS,
                "{\"lastName\":\"X\",\"customFields\":{\"tier_enum\":\"gold\"}}", token);
        HttpResponse<String> notAnObject = fixture.call("POST", CONTACTS,
                "{\"lastName\":\"X\",\"customFields\":\"gold\"}", token);
        HttpResponse<String> unknownSchema = fixture.call("POST", CONTACTS,
                "{\"lastName\":\"X\",\"schema\":{\"id\":\"nope\",\"version\":1},\"customFields\":{}}", token);
        HttpResponse<String> unknownVersion = fixture.call("POST", CONTACTS, contact("X", 9, "{}"), token);

        assertThat(GenesysFixture.json(noSchema).get("details").get(0).get("fieldName").asText())
                .isEqualTo("customFields");
        assertThat(GenesysFixture.json(unknownSchema).get("details").get(0).get("fieldName").asText())
                .isEqualTo("schema");
        assertThat(GenesysFixture.json(unknownVersion).get("message").asText()).contains("has version 9");
        assertThat(List.of(noSchema, notAnObject, unknownSchema, unknownVersion))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(400));
    }

    @Test
    void contactKeepsTheSchemaVersionItWasWrittenWithAndCheckedAgainstIt() {
        String id = GenesysFixture.json(fixture.call("POST", CONTACTS, contact("Lovelace", 1,
                "{\"tier_enum\":\"gold\"}"), token)).get("id").asText();
        String goldOrBronze = "{\"tier_enum\":{\"allOf\":[{\"$ref\":\"#/definitions/enum\"}],"
                + "\"enum\":[\"gold\",\"bronze\"]}}";
        fixture.call("PUT", SCHEMAS + "/" + schemaId,
                SchemaFixtures.schemaVersion("Contact sync fields", 1, goldOrBronze), token);

        HttpResponse<String> bronzeOnV1 = fixture.call("PUT", CONTACTS + "/" + id,
                contact("Lovelace", 1, "{\"tier_enum\":\"bronze\"}"), token);
        HttpResponse<String> bronzeOnLatest = fixture.call("PUT", CONTACTS + "/" + id,
                "{\"lastName\":\"Lovelace\",\"schema\":{\"id\":\"" + schemaId + "\"},"
                        + "\"customFields\":{\"tier_enum\":\"bronze\"}}", token);

        assertThat(bronzeOnV1.statusCode()).isEqualTo(400);
        assertThat(bronzeOnLatest.statusCode()).isEqualTo(200);
        JsonNode stored = GenesysFixture.json(fixture.call("GET", CONTACTS + "/" + id, null, token));
        assertThat(stored.get("schema").get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("customFields").get("tier_enum").asText()).isEqualTo("bronze");
    }

    @Test
    void disabledSchemaStaysOnItsContactsButIsNotGivenToOthers() {
        String id = GenesysFixture.json(fixture.call("POST", CONTACTS, contact("Lovelace", 1,
                "{\"tier_enum\":\"gold\"}"), token)).get("id").asText();
        fixture.call("PUT", SCHEMAS + "/" + schemaId, "{\"name\":\"Contact sync fields\",\"version\":1,"
                + "\"enabled\":false,\"jsonSchema\":{\"properties\":" + SchemaFixtures.PROPERTIES + "}}", token);

        HttpResponse<String> newContact = fixture.call("POST", CONTACTS, contact("Hopper", 2, "{}"), token);
        HttpResponse<String> kept = fixture.call("PUT", CONTACTS + "/" + id,
                contact("Lovelace", 2, "{\"tier_enum\":\"silver\"}"), token);

        assertThat(newContact.statusCode()).isEqualTo(400);
        assertThat(GenesysFixture.json(newContact).get("message").asText()).contains("disabled");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(GenesysFixture.json(kept).get("customFields").get("tier_enum").asText()).isEqualTo("silver");
    }

    @Test
    void bulkAddAndUpdateValidateEachItemsCustomFields() {
        JsonNode added = GenesysFixture.json(fixture.call("POST", "/api/v2/externalcontacts/bulk/contacts/add",
                "{\"entities\":[" + contact("Good", 1, "{\"tier_enum\":\"gold\"}") + ","
                        + contact("Bad", 1, "{\"tier_enum\":\"tin\"}") + "]}", token));

        assertThat(added.get("errorIndexes")).extracting(JsonNode::asInt).containsExactly(1);
        assertThat(added.at("/results/0/entity/customFields/tier_enum").asText()).isEqualTo("gold");
        assertThat(added.at("/results/1/error/status").asInt()).isEqualTo(400);
        assertThat(added.at("/results/1/error/details/0/fieldName").asText()).isEqualTo("customFields.tier_enum");
        String id = added.at("/results/0/entity/id").asText();

        JsonNode updated = GenesysFixture.json(fixture.call("POST", "/api/v2/externalcontacts/bulk/contacts/update",
                "{\"entities\":[" + contact("Good", 1, "{\"tier_enum\":\"silver\"}").replaceFirst("\\{",
                        "{\"id\":\"" + id + "\",") + "]}", token));

        assertThat(updated.get("errorCount").asInt()).isZero();
        assertThat(updated.at("/results/0/entity/customFields/tier_enum").asText()).isEqualTo("silver");
        JsonNode fetched = GenesysFixture.json(fixture.call("POST", "/api/v2/externalcontacts/bulk/contacts",
                "{\"entities\":[{\"id\":\"" + id + "\"}]}", token));
        assertThat(fetched.at("/results/0/entity/customFields/tier_enum").asText()).isEqualTo("silver");
    }

    private String contact(String lastName, int version, String customFields) {
        return "{\"lastName\":\"" + lastName + "\",\"schema\":{\"id\":\"" + schemaId + "\",\"version\":" + version
                + "},\"customFields\":" + customFields + "}";
    }
}
