package io.contactsync.mapping;

import io.contactsync.model.MappedObject;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Genesys Cloud pseudo-path {@code notes}: a contact's notes, which the API keeps apart from the contact
 * ({@code contacts/{id}/notes}, {@code scan/notes}), read as one text. The poll attaches a contact's notes to its
 * JSON as a {@code notes} array of Note objects; the mapper reads the field from there and never writes it.
 *
 * <p>The canonical text is each note's {@code noteText} (trimmed, line breaks as {@code \n}, blank notes left out),
 * newest first by {@code createDate} (ties by note id, so the order is stable), separated by one blank line. No
 * notes is no value. An edit of a note keeps its place; a note's own line breaks are kept, so the text can't be
 * split back into notes, and need not be: it is never written to Genesys Cloud.
 */
public final class ContactNotes {

    /** The Genesys path that names the notes, and the property of the contact JSON the poll attaches them to. */
    public static final String PATH = MappedObject.Constants.NOTES_PATH;
    static final String SEPARATOR = "\n\n";
    private static final Comparator<Note> NEWEST_FIRST = Comparator
            .comparing(Note::createDate, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed()
            .thenComparing(Note::id, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private ContactNotes() {
    }

    /** One note, as the API shows it. */
    record Note(String id, Instant createDate, Instant modifyDate, String text) {
    }

    /** Whether the field is mapped to the notes. */
    public static boolean isNotes(FieldMapping.MappedField field) {
        return PATH.equals(field.genesys().path());
    }

    /** The canonical text of the notes, or null when none has text. */
    static String text(List<Note> notes) {
        String text = notes.stream()
                .filter(note -> note.text() != null && !note.text().isBlank())
                .sorted(NEWEST_FIRST)
                .map(note -> note.text().replace("\r\n", "\n").strip())
                .collect(Collectors.joining(SEPARATOR));
        return text.isEmpty() ? null : text;
    }

    /** When the notes last changed: the latest {@code modifyDate} (else {@code createDate}) among them. */
    static Optional<Instant> lastChange(List<Note> notes) {
        return notes.stream().map(note -> note.modifyDate() != null ? note.modifyDate() : note.createDate())
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /** The notes attached to a contact's JSON; none when nothing is attached. */
    static List<Note> attachedTo(JsonNode contact) {
        List<Note> notes = new ArrayList<>();
        for (JsonNode note : contact.path(PATH)) {
            notes.add(new Note(JsonRecords.text(note, "id"), JsonRecords.time(note, "createDate"),
                    JsonRecords.time(note, "modifyDate"), JsonRecords.text(note, "noteText")));
        }
        return notes;
    }
}
