package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.core.type.TypeReference;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.ExternalContactsApi;
import com.mypurecloud.sdk.v2.model.DataSchema;
import com.mypurecloud.sdk.v2.model.DataSchemaListing;
import com.mypurecloud.sdk.v2.model.JsonSchemaDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Data schemas, custom fields and notes through Genesys Cloud's official Java SDK, unchanged. */
class GenesysSchemaSdkTest extends GenesysEmulatorTestBase {

    private ExternalContactsApi api;

    @BeforeEach
    void connectSdk() {
        api = fixture.sdk(token);
    }

    @Test
    void schemaIsCreatedListedFetchedAndUpdatedToANewVersion() throws Exception {
        DataSchema created = api.postExternalcontactsContactsSchemas(schema("Contact sync fields", 0));

        assertThat(created.getId()).isNotBlank();
        assertThat(created.getVersion()).isEqualTo(1);
        assertThat(created.getEnabled()).isTrue();
        assertThat(created.getAppliesTo()).containsExactly(DataSchema.AppliesToEnum.CONTACT);
        assertThat(created.getDateCreated()).isEqualTo(Date.from(GenesysFixture.START));
        assertThat(created.getJsonSchema().getSchema()).isEqualTo("http://json-schema.org/draft-04/schema#");
        assertThat(created.getJsonSchema().getProperties()).containsKeys("tier_enum", "labels_tag");

        DataSchemaListing listing = api.getExternalcontactsContactsSchemas();
        assertThat(listing.getTotal()).isEqualTo(1);
        assertThat(listing.getEntities()).extracting(DataSchema::getName).containsExactly("Contact sync fields");

        DataSchema updated = api.putExternalcontactsContactsSchema(created.getId(), schema("Renamed", 1));
        assertThat(updated.getVersion()).isEqualTo(2);
        assertThat(api.getExternalcontactsContactsSchema(created.getId()).getName()).isEqualTo("Renamed");
        assertThat(api.getExternalcontactsContactsSchemaVersion(created.getId(), "1").getName())
                .isEqualTo("Contact sync fields");
        assertThatThrownBy(() -> api.putExternalcontactsContactsSchema(created.getId(), schema("Stale", 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(409));

        api.deleteExternalcontactsContactsSchema(created.getId());
        assertThatThrownBy(() -> api.getExternalcontactsContactsSchema(created.getId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    @Test
    void sdkReadsTheVersionsEndpointAsTheSingleSchemaItDocumentsWhenSoConfigured() throws Exception {
        fixture.emulator.setBehaviour(GenesysBehaviour.defaults().with(
                GenesysJson.MAPPER.createObjectNode().put("schemaVersionsAsListing", false)));
        DataSchema created = api.postExternalcontactsContactsSchemas(schema("S", 0));

        assertThat(api.getExternalcontactsContactsSchemaVersions(created.getId()).getVersion()).isEqualTo(1);
    }

    static DataSchema schema(String name, int version) throws Exception {
        Map<String, Object> properties = GenesysJson.MAPPER.readValue(SchemaFixtures.PROPERTIES,
                new TypeReference<>() {
                });
        return new DataSchema().name(name).version(version).enabled(true).jsonSchema(new JsonSchemaDocument()
                .schema("http://json-schema.org/draft-04/schema#").title(name).properties(properties));
    }
}
