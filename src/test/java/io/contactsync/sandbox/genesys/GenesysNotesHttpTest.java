package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact notes endpoints over plain HTTP. */
class GenesysNotesHttpTest extends GenesysEmulatorTestBase {

    private static final String CONTACTS = "/api/v2/externalcontacts/contacts/";

    private String contactId;
    private String notes;

    @BeforeEach
    void createContact() {
        contactId = GenesysFixture.json(fixture.call("POST", CONTACTS, "{\"lastName\":\"Lovelace\"}", token))
                .get("id").asText();
        notes = CONTACTS + contactId + "/notes";
    }

    @Test
    void noteIsCreatedFetchedUpdatedAndDeleted() {
        HttpResponse<String> created = fixture.call("POST", notes,
                "{\"noteText\":\"Prefers email\",\"createdBy\":{\"id\":\"agent-1\"}}", token);
        JsonNode note = GenesysFixture.json(created);
        String noteId = note.get("id").asText();

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(note.get("entityId").asText()).isEqualTo(contactId);
        assertThat(note.get("entityType").asText()).isEqualTo("contact");
        assertThat(note.get("noteText").asText()).isEqualTo("Prefers email");
        assertThat(note.get("createDate").asText()).isEqualTo("2024-01-01T12:34:56.789Z");
        assertThat(note.at("/createdBy/id").asText()).isEqualTo("agent-1");
        assertThat(note.get("selfUri").asText()).isEqualTo(notes + "/" + noteId);

        fixture.clock.advance(Duration.ofMinutes(2));
        JsonNode updated = GenesysFixture.json(fixture.call("PUT", notes + "/" + noteId,
                "{\"noteText\":\"Prefers phone\"}", token));
        assertThat(updated.get("noteText").asText()).isEqualTo("Prefers phone");
        assertThat(updated.get("createDate").asText()).isEqualTo("2024-01-01T12:34:56.789Z");
        assertThat(updated.get("modifyDate").asText()).isEqualTo("2024-01-01T12:36:56.789Z");
        assertThat(updated.at("/createdBy/id").asText()).isEqualTo("agent-1");
        assertThat(GenesysFixture.json(fixture.call("GET", notes + "/" + noteId, null, token)).get("noteText")
                .asText()).isEqualTo("Prefers phone");

        assertThat(fixture.call("DELETE", notes + "/" + noteId, null, token).statusCode()).isEqualTo(204);
        assertThat(fixture.call("GET", notes + "/" + noteId, null, token).statusCode()).isEqualTo(404);
        assertThat(fixture.call("DELETE", notes + "/" + noteId, null, token).statusCode()).isEqualTo(404);
    }

    @Test
    void listPagesNewestFirstByDefaultAndOldestFirstOnRequest() {
        for (int i = 1; i <= 5; i++) {
            fixture.call("POST", notes, "{\"noteText\":\"note " + i + "\"}", token);
            fixture.clock.advance(Duration.ofSeconds(1));
        }

        JsonNode first = GenesysFixture.json(fixture.call("GET", notes + "?pageSize=2", null, token));
        JsonNode last = GenesysFixture.json(fixture.call("GET", notes + "?pageSize=2&pageNumber=3", null, token));
        JsonNode ascending = GenesysFixture.json(fixture.call("GET", notes + "?sortOrder=createDate:asc", null,
                token));

        assertThat(first.get("entities")).extracting(n -> n.get("noteText").asText())
                .containsExactly("note 5", "note 4");
        assertThat(first.get("total").asInt()).isEqualTo(5);
        assertThat(first.get("pageCount").asInt()).isEqualTo(3);
        assertThat(first.get("nextUri").asText()).contains("pageNumber=2").contains("pageSize=2");
        assertThat(first.has("previousUri")).isFalse();
        assertThat(last.get("entities")).extracting(n -> n.get("noteText").asText()).containsExactly("note 1");
        assertThat(last.has("nextUri")).isFalse();
        assertThat(ascending.get("entities")).extracting(n -> n.get("noteText").asText())
                .containsExactly("note 1", "note 2", "note 3", "note 4", "note 5");
        assertThat(ascending.get("pageSize").asInt()).isEqualTo(20);
    }

    @Test
    void pagingBeyondTheCapOrAnUnknownSortIsA400() {
        assertThat(fixture.call("GET", notes + "?pageSize=100&pageNumber=11", null, token).statusCode())
                .isEqualTo(400);
        assertThat(fixture.call("GET", notes + "?sortOrder=noteText:asc", null, token).statusCode()).isEqualTo(400);
    }

    @Test
    void noteNeedsTextAndAnExistingContact() {
        HttpResponse<String> blank = fixture.call("POST", notes, "{\"noteText\":\"  \"}", token);
        HttpResponse<String> noContact = fixture.call("POST", CONTACTS + "nobody/notes", "{\"noteText\":\"x\"}", token);

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(GenesysFixture.json(blank).at("/details/0/fieldName").asText()).isEqualTo("noteText");
        assertThat(noContact.statusCode()).isEqualTo(404);
        assertThat(fixture.call("GET", CONTACTS + "nobody/notes", null, token).statusCode()).isEqualTo(404);
    }

    @Test
    void notesAreKeptPerContactAndGoWithTheirContact() {
        String otherId = GenesysFixture.json(fixture.call("POST", CONTACTS, "{\"lastName\":\"Hopper\"}", token))
                .get("id").asText();
        String noteId = GenesysFixture.json(fixture.call("POST", notes, "{\"noteText\":\"mine\"}", token))
                .get("id").asText();

        assertThat(fixture.call("GET", CONTACTS + otherId + "/notes/" + noteId, null, token).statusCode())
                .isEqualTo(404);
        assertThat(GenesysFixture.json(fixture.call("GET", CONTACTS + otherId + "/notes", null, token))
                .get("total").asInt()).isZero();

        fixture.call("DELETE", CONTACTS + contactId, null, token);
        fixture.call("POST", CONTACTS, "{\"lastName\":\"Lovelace\"}", token);
        assertThat(fixture.call("GET", notes + "/" + noteId, null, token).statusCode()).isEqualTo(404);
    }
}
