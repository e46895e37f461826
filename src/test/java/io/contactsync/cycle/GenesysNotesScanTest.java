package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** One cycle's notes scan: its pages, which contacts' notes changed, and the contacts read with their notes. */
class GenesysNotesScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FROM = Instant.parse("2024-01-02T00:00:00Z");

    @Test
    void aScanNotStartedHasNoPageAndAttachesNothing() throws Exception {
        GenesysNotesScan scan = new GenesysNotesScan();
        JsonNode contact = json("{\"id\":\"g-1\"}");

        assertThat(scan.hasMore()).isFalse();
        assertThat(scan.withNotes(contact)).isSameAs(contact);
    }

    @Test
    void pagesAreReadUntilTheLastAndOnlyThenAreNotesAttached() throws Exception {
        GenesysNotesScan scan = new GenesysNotesScan();
        scan.start();
        JsonNode contact = json("{\"id\":\"g-1\",\"lastName\":\"Hopper\"}");

        scan.pageRead(json("""
                {"entities":[
                  {"id":"n1","entityId":"g-1","entityType":"contact","noteText":"old","createDate":"2024-01-01T09:00:00Z",
                   "modifyDate":"2024-01-01T09:00:00Z"},
                  {"id":"n2","entityId":"org-1","entityType":"organization","noteText":"an organization's"}],
                 "cursors":{"after":"c1"}}"""));
        boolean moreAfterFirst = scan.hasMore();
        JsonNode beforeTheEnd = scan.withNotes(contact);
        scan.pageRead(json("""
                {"entities":[{"id":"n3","entityId":"g-1","entityType":"contact","noteText":"new",
                  "createDate":"2024-01-01T09:00:00Z","modifyDate":"2024-01-03T09:00:00Z"}]}"""));

        assertThat(moreAfterFirst).isTrue();
        assertThat(scan.cursor()).isNull();
        assertThat(scan.hasMore()).isFalse();
        assertThat(beforeTheEnd).as("an incomplete scan attaches nothing").isSameAs(contact);
        assertThat(scan.withNotes(contact).path("notes")).extracting(n -> n.path("id").asText())
                .containsExactly("n1", "n3");
        assertThat(scan.withNotes(json("{\"id\":\"org-1\"}")).path("notes")).isEmpty();
        assertThat(scan.withNotes(json("{\"id\":\"g-2\"}")).path("notes").isArray()).as("none: an empty list")
                .isTrue();
        assertThat(contact.has("notes")).as("the contact itself is left as it is").isFalse();
    }

    @Test
    void aContactsNotesChangedWhenOneWasCreatedOrEditedSinceTheWatermark() throws Exception {
        GenesysNotesScan scan = new GenesysNotesScan();
        scan.start();
        scan.pageRead(json("""
                {"entities":[
                  {"id":"n1","entityId":"edited","createDate":"2024-01-01T09:00:00Z","modifyDate":"2024-01-03T09:00:00Z"},
                  {"id":"n2","entityId":"old","createDate":"2024-01-01T09:00:00Z","modifyDate":"2024-01-01T09:00:00Z"},
                  {"id":"n3","entityId":"created","createDate":"2024-01-02T00:00:00Z"},
                  {"id":"n4","entityId":"unreadable","createDate":"yesterday","modifyDate":"yesterday"}]}"""));

        assertThat(scan.changedSince("edited", FROM)).isTrue();
        assertThat(scan.changedSince("created", FROM)).as("at the watermark").isTrue();
        assertThat(scan.changedSince("unreadable", FROM)).as("read, for the mapper to judge").isTrue();
        assertThat(scan.changedSince("old", FROM)).isFalse();
        assertThat(scan.changedSince("without-notes", FROM)).isFalse();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
