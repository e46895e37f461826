package io.contactsync.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical text of a contact's notes, and when they last changed. */
class ContactNotesTest {

    private static final Instant MONDAY = Instant.parse("2024-01-01T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2024-01-02T09:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2024-01-03T09:00:00Z");

    static Stream<Arguments> notesAndTheirText() {
        return Stream.of(
                Arguments.of("no notes: no value", List.of(), null),
                Arguments.of("one note: its text", List.of(note("n1", MONDAY, "Prefers email")), "Prefers email"),
                Arguments.of("newest first, a blank line between two",
                        List.of(note("n1", MONDAY, "Prefers email"), note("n2", WEDNESDAY, "Moved to Boston"),
                                note("n3", TUESDAY, "Call back")),
                        "Moved to Boston\n\nCall back\n\nPrefers email"),
                Arguments.of("the same createDate: by note id, whatever order they come in",
                        List.of(note("n2", MONDAY, "second"), note("n1", MONDAY, "first")), "first\n\nsecond"),
                Arguments.of("each note trimmed, CRLF as LF, its own line breaks kept",
                        List.of(note("n1", MONDAY, "  line one\r\nline two \n")), "line one\nline two"),
                Arguments.of("blank notes left out", List.of(note("n1", MONDAY, " \n "), note("n2", TUESDAY, null),
                        note("n3", MONDAY, "kept")), "kept"),
                Arguments.of("only blank notes: no value", List.of(note("n1", MONDAY, "   ")), null),
                Arguments.of("a note without createDate last",
                        List.of(note("n1", null, "undated"), note("n2", MONDAY, "dated")), "dated\n\nundated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notesAndTheirText")
    void theTextIsTheNotesNewestFirst(String caseName, List<ContactNotes.Note> notes, String expected) {
        assertThat(ContactNotes.text(notes)).isEqualTo(expected);
    }

    @Test
    void theTextDependsOnTheNotesNotOnTheOrderTheyAreListed() {
        List<ContactNotes.Note> listed = List.of(note("a", TUESDAY, "x"), note("b", MONDAY, "y"),
                note("c", TUESDAY, "z"));
        List<ContactNotes.Note> reversed = List.of(listed.get(2), listed.get(1), listed.get(0));

        assertThat(ContactNotes.text(reversed)).isEqualTo(ContactNotes.text(listed)).isEqualTo("x\n\nz\n\ny");
    }

    @Test
    void theNotesLastChangedAtTheLatestModifyDateOrCreateDate() {
        assertThat(ContactNotes.lastChange(List.of())).isEmpty();
        assertThat(ContactNotes.lastChange(List.of(
                new ContactNotes.Note("n1", MONDAY, WEDNESDAY, "edited on Wednesday"),
                new ContactNotes.Note("n2", TUESDAY, null, "no modifyDate")))).contains(WEDNESDAY);
        assertThat(ContactNotes.lastChange(List.of(note("n1", TUESDAY, "x"), note("n2", MONDAY, "y"))))
                .contains(TUESDAY);
    }

    @Test
    void theNotesAreReadFromTheArrayThePollAttachesToTheContact() throws Exception {
        var contact = new ObjectMapper().readTree("""
                {"id":"g-1","notes":[
                  {"id":"n1","entityId":"g-1","noteText":"Prefers email","createDate":"2024-01-01T09:00:00.000Z",
                   "modifyDate":"2024-01-03T09:00:00.000Z","createdBy":{"id":"agent-1"}}]}""");

        assertThat(ContactNotes.attachedTo(contact))
                .containsExactly(new ContactNotes.Note("n1", MONDAY, WEDNESDAY, "Prefers email"));
        assertThat(ContactNotes.attachedTo(new ObjectMapper().readTree("{\"id\":\"g-1\"}"))).isEmpty();
    }

    private static ContactNotes.Note note(String id, Instant created, String text) {
        return new ContactNotes.Note(id, created, created, text);
    }
}
