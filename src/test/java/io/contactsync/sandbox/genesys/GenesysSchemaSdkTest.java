package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.core.type.TypeReference;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.ExternalContactsApi;
import com.mypurecloud.sdk.v2.model.BulkContactsRequest;
import com.mypurecloud.sdk.v2.model.BulkContactsResponse;
import com.mypurecloud.sdk.v2.model.DataSchema;
import com.mypurecloud.sdk.v2.model.DataSchemaListing;
import com.mypurecloud.sdk.v2.model.ExternalContact;
import com.mypurecloud.sdk.v2.model.JsonSchemaDocument;
import com.mypurecloud.sdk.v2.model.Note;
import com.mypurecloud.sdk.v2.model.NoteListing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Date;
import java.util.List;
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
        assertThat(listing.getTotal()).as("the sandbox's own schema and this one").isEqualTo(2);
        assertThat(listing.getEntities()).extracting(DataSchema::getId).contains(created.getId());

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

    @Test
    void contactWithCustomFieldsRoundTripsAndABadValueIsA400NamingTheField() throws Exception {
        DataSchema schema = api.postExternalcontactsContactsSchemas(schema("Contact sync fields", 0));
        DataSchema ref = new DataSchema().id(schema.getId()).version(schema.getVersion());

        ExternalContact created = api.postExternalcontactsContacts(new ExternalContact().lastName("Lovelace")
                .schema(ref).customFields(Map.of("tier_enum", "gold", "labels_tag", List.of("vip", "emea"),
                        "visits_integer", 3)));
        ExternalContact fetched = api.getExternalcontactsContact(created.getId(), null);

        assertThat(fetched.getSchema().getId()).isEqualTo(schema.getId());
        assertThat(fetched.getSchema().getVersion()).isEqualTo(1);
        assertThat(fetched.getCustomFields()).containsEntry("tier_enum", "gold")
                .containsEntry("labels_tag", List.of("vip", "emea")).containsEntry("visits_integer", 3);
        assertThat(api.getExternalcontactsScanContacts(100, null).getEntities().get(0).getCustomFields())
                .containsEntry("tier_enum", "gold");

        fetched.setCustomFields(Map.of("tier_enum", "platinum"));
        assertThatThrownBy(() -> api.putExternalcontactsContact(created.getId(), fetched))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getRawBody()).contains("customFields.tier_enum");
                });
        assertThat(api.getExternalcontactsContact(created.getId(), null).getCustomFields())
                .containsEntry("tier_enum", "gold");

        BulkContactsResponse bulk = api.postExternalcontactsBulkContactsAdd(new BulkContactsRequest().entities(List.of(
                new ExternalContact().lastName("Good").schema(ref).customFields(Map.of("tier_enum", "silver")),
                new ExternalContact().lastName("Bad").schema(ref).customFields(Map.of("nickname_text", "x")))));
        assertThat(bulk.getErrorIndexes()).containsExactly(1);
        assertThat(bulk.getResults().get(0).getEntity().getCustomFields()).containsEntry("tier_enum", "silver");
        assertThat(bulk.getResults().get(1).getError().getMessage()).contains("customFields.nickname_text");
    }

    @Test
    void notesAreCreatedListedUpdatedAndDeleted() throws Exception {
        String contactId = api.postExternalcontactsContacts(new ExternalContact().lastName("Lovelace")).getId();

        Note created = api.postExternalcontactsContactNotes(contactId, new Note().noteText("Prefers email"));
        fixture.clock.advance(Duration.ofSeconds(1));
        api.postExternalcontactsContactNotes(contactId, new Note().noteText("Called back"));

        assertThat(created.getEntityId()).isEqualTo(contactId);
        assertThat(created.getEntityType()).isEqualTo(Note.EntityTypeEnum.CONTACT);
        assertThat(created.getCreateDate()).isEqualTo(Date.from(GenesysFixture.START));
        NoteListing listing = api.getExternalcontactsContactNotes(contactId, 1, 1, null, null);
        assertThat(listing.getEntities()).extracting(Note::getNoteText).containsExactly("Called back");
        assertThat(listing.getTotal()).isEqualTo(2);
        assertThat(listing.getPageCount()).isEqualTo(2);
        assertThat(api.getExternalcontactsContactNotes(contactId, 20, 1, "createDate:asc", null).getEntities())
                .extracting(Note::getNoteText).containsExactly("Prefers email", "Called back");

        Note updated = api.putExternalcontactsContactNote(contactId, created.getId(),
                created.noteText("Prefers phone"));
        assertThat(updated.getNoteText()).isEqualTo("Prefers phone");
        assertThat(api.getExternalcontactsContactNote(contactId, created.getId(), null).getNoteText())
                .isEqualTo("Prefers phone");

        api.deleteExternalcontactsContactNote(contactId, created.getId());
        assertThatThrownBy(() -> api.getExternalcontactsContactNote(contactId, created.getId(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    static DataSchema schema(String name, int version) throws Exception {
        Map<String, Object> properties = GenesysJson.MAPPER.readValue(SchemaFixtures.PROPERTIES,
                new TypeReference<>() {
                });
        return new DataSchema().name(name).version(version).enabled(true).jsonSchema(new JsonSchemaDocument()
                .schema("http://json-schema.org/draft-04/schema#").title(name).properties(properties));
    }
}
