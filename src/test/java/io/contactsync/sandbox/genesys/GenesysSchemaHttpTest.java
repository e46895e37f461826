package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The External Contacts data schema endpoints over plain HTTP. */
class GenesysSchemaHttpTest extends GenesysEmulatorTestBase {

    private static final String SCHEMAS = "/api/v2/externalcontacts/contacts/schemas";

    @Test
    void createdSchemaIsVersionOneAndIsListedAndFetched() {
        HttpResponse<String> created = post(SchemaFixtures.schema("Contact sync fields", SchemaFixtures.PROPERTIES));
        JsonNode schema = GenesysFixture.json(created);
        String id = schema.get("id").asText();

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(schema.get("version").asInt()).isEqualTo(1);
        assertThat(schema.get("enabled").asBoolean()).isTrue();
        assertThat(schema.get("appliesTo")).hasSize(1).first().extracting(JsonNode::asText).isEqualTo("CONTACT");
        assertThat(schema.get("dateCreated").asText()).isEqualTo("2024-01-01T12:34:56.789Z");
        assertThat(schema.get("createdBy").get("id").asText()).isEqualTo(fixture.settings.clientId());
        assertThat(schema.get("selfUri").asText()).isEqualTo(SCHEMAS + "/" + id);
        assertThat(schema.at("/jsonSchema/$schema").asText()).isEqualTo("http://json-schema.org/draft-04/schema#");
        assertThat(schema.at("/jsonSchema/properties/tier_enum/enum/1").asText()).isEqualTo("silver");

        JsonNode listing = GenesysFixture.json(fixture.call("GET", SCHEMAS, null, token));
        assertThat(listing.get("total").asLong()).as("the sandbox's own schema and this one").isEqualTo(2);
        assertThat(listing.get("entities")).extracting(entity -> entity.get("id").asText()).contains(id);
        assertThat(listing.get("selfUri").asText()).isEqualTo(SCHEMAS);
        assertThat(GenesysFixture.json(fixture.call("GET", SCHEMAS + "/" + id, null, token)).get("name").asText())
                .isEqualTo("Contact sync fields");
    }

    @Test
    void updateWithTheCurrentVersionMakesTheNextVersionAndKeepsTheOldOne() {
        String id = GenesysFixture.json(post(SchemaFixtures.schema("S", SchemaFixtures.PROPERTIES))).get("id").asText();
        fixture.clock.advance(Duration.ofMinutes(1));

        String onlyTier = "{\"tier_enum\":{\"allOf\":[{\"$ref\":\"#/definitions/enum\"}],"
                + "\"enum\":[\"gold\",\"silver\",\"bronze\"]}}";
        HttpResponse<String> updated = fixture.call("PUT", SCHEMAS + "/" + id,
                SchemaFixtures.schemaVersion("S", 1, onlyTier), token);

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(GenesysFixture.json(updated).get("version").asInt()).isEqualTo(2);
        assertThat(GenesysFixture.json(fixture.call("GET", SCHEMAS + "/" + id, null, token)).get("version").asInt())
                .isEqualTo(2);
        JsonNode first = GenesysFixture.json(fixture.call("GET", SCHEMAS + "/" + id + "/versions/1", null, token));
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.at("/jsonSchema/properties/language_text").isObject()).isTrue();
        JsonNode versions = GenesysFixture.json(fixture.call("GET", SCHEMAS + "/" + id + "/versions", null, token));
        assertThat(versions.get("total").asInt()).isEqualTo(2);
        assertThat(versions.get("entities")).extracting(v -> v.get("version").asInt()).containsExactly(1, 2);
        assertThat(fixture.call("GET", SCHEMAS + "/" + id + "/versions/3", null, token).statusCode()).isEqualTo(404);
    }

    @Test
    void versionsAnswerTheLatestSchemaAloneWhenSoConfigured() {
        fixture.emulator.setBehaviour(GenesysBehaviour.defaults().with(
                GenesysJson.MAPPER.createObjectNode().put("schemaVersionsAsListing", false)));
        String id = GenesysFixture.json(post(SchemaFixtures.schema("S", SchemaFixtures.PROPERTIES))).get("id").asText();

        JsonNode versions = GenesysFixture.json(fixture.call("GET", SCHEMAS + "/" + id + "/versions", null, token));

        assertThat(versions.get("id").asText()).isEqualTo(id);
        assertThat(versions.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        String id = GenesysFixture.json(post(SchemaFixtures.schema("S", SchemaFixtures.PROPERTIES))).get("id").asText();
        fixture.call("PUT", SCHEMAS + "/" + id, SchemaFixtures.schemaVersion("S", 1, SchemaFixtures.PROPERTIES), token);

        HttpResponse<String> stale = fixture.call("PUT", SCHEMAS + "/" + id,
                SchemaFixtures.schemaVersion("Renamed", 1, SchemaFixtures.PROPERTIES), token);
        HttpResponse<String> without = fixture.call("PUT", SCHEMAS + "/" + id,
                "{\"name\":\"Renamed\",\"jsonSchema\":{\"properties\":{}}}", token);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(GenesysFixture.json(stale).get("code").asText()).isEqualTo("conflict");
        assertThat(without.statusCode()).isEqualTo(400);
        assertThat(GenesysFixture.json(without).get("message").asText()).contains("version");
        JsonNode current = GenesysFixture.json(fixture.call("GET", SCHEMAS + "/" + id, null, token));
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("name").asText()).isEqualTo("S");
    }

    @Test
    void invalidPropertiesAreA400NamingEachOne() {
        HttpResponse<String> response = post(SchemaFixtures.schema("Bad", """
                {"size_text": {"allOf":[{"$ref":"#/definitions/number"}]},
                 "colour_colour": {"allOf":[{"$ref":"#/definitions/colour"}]},
                 "flag_checkbox": {"allOf":[{"$ref":"#/definitions/checkbox"}], "maxLength": 3},
                 "kind_enum": {"allOf":[{"$ref":"#/definitions/enum"}], "enum": []},
                 "code_text": {"allOf":[{"$ref":"#/definitions/text"}], "maxLength": -1}}"""));

        JsonNode body = GenesysFixture.json(response);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("details")).extracting(d -> d.get("fieldName").asText()).containsExactlyInAnyOrder(
                "jsonSchema.properties.size_text", "jsonSchema.properties.colour_colour",
                "jsonSchema.properties.flag_checkbox.maxLength", "jsonSchema.properties.kind_enum.enum",
                "jsonSchema.properties.code_text.maxLength");
        assertThat(body.get("message").asText()).contains("must end in _number").contains("colour");
        assertThat(GenesysFixture.json(fixture.call("GET", SCHEMAS, null, token)).get("total").asInt())
                .as("only the sandbox's own schema").isEqualTo(1);
    }

    @Test
    void fieldNameSuffixIsNotCheckedWhenSoConfigured() {
        fixture.emulator.setBehaviour(GenesysBehaviour.defaults().with(
                GenesysJson.MAPPER.createObjectNode().put("enforceFieldNameSuffix", false)));

        assertThat(post(SchemaFixtures.schema("Free names",
                "{\"size\": {\"allOf\":[{\"$ref\":\"#/definitions/number\"}]}}")).statusCode()).isEqualTo(200);
    }

    @Test
    void missingNameOrJsonSchemaIsA400() {
        HttpResponse<String> response = post("{\"version\":0}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(GenesysFixture.json(response).get("details")).extracting(d -> d.get("fieldName").asText())
                .containsExactlyInAnyOrder("name", "jsonSchema");
    }

    @Test
    void unknownSchemaIs404AndDeletedSchemaIsGone() {
        String id = GenesysFixture.json(post(SchemaFixtures.schema("S", SchemaFixtures.PROPERTIES))).get("id").asText();

        assertThat(fixture.call("GET", SCHEMAS + "/no-such-id", null, token).statusCode()).isEqualTo(404);
        assertThat(GenesysFixture.json(fixture.call("GET", SCHEMAS + "/no-such-id", null, token)).get("code").asText())
                .isEqualTo("not.found");
        assertThat(fixture.call("DELETE", SCHEMAS + "/" + id, null, token).statusCode()).isEqualTo(204);
        assertThat(fixture.call("GET", SCHEMAS + "/" + id, null, token).statusCode()).isEqualTo(404);
        assertThat(fixture.call("DELETE", SCHEMAS + "/" + id, null, token).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String body) {
        return fixture.call("POST", SCHEMAS, body, token);
    }
}
