package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.ContactNotes;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * One cycle's read of every Genesys Cloud contact's notes ({@code scan/notes}, paged by cursor), kept by contact
 * for the rest of the cycle: the notes API is apart from the contacts API, and nothing documents that a note moves
 * its contact's {@code modifyDate}, so the poll reads all notes and attaches each contact's to its JSON. Not
 * started when the mapping does not map the notes: then nothing is attached.
 */
public final class GenesysNotesScan {

    private final Map<String, ArrayNode> byContact = new HashMap<>();
    private boolean started;
    private boolean done;
    private String cursor;

    void start() {
        started = true;
    }

    /** Whether the scan was started and has pages left to read. */
    public boolean hasMore() {
        return started && !done;
    }

    String cursor() {
        return cursor;
    }

    /** Keeps the contact notes of one page ({@code entities}, each naming its contact in {@code entityId}). */
    void pageRead(JsonNode page) {
        for (JsonNode note : page.path("entities")) {
            String contactId = note.path("entityId").asText(null);
            String entityType = note.path("entityType").asText("contact");
            if (contactId != null && entityType.equalsIgnoreCase("contact")) {
                byContact.computeIfAbsent(contactId, id -> JsonNodeFactory.instance.arrayNode()).add(note);
            }
        }
        String after = page.path("cursors").path("after").asText(null);
        cursor = after == null || after.isBlank() ? null : after;
        done = cursor == null;
    }

    /**
     * The contact as the mapper reads it: once the scan is complete, a copy with its notes (maybe none) attached
     * as {@code notes}; otherwise the contact as it is. Only for reading: never sent back to Genesys Cloud.
     */
    public JsonNode withNotes(JsonNode contact) {
        if (!started || !done || !(contact instanceof ObjectNode object)) {
            return contact;
        }
        ArrayNode notes = byContact.get(object.path("id").asText());
        ObjectNode copy = object.deepCopy();
        copy.set(ContactNotes.PATH, notes == null ? JsonNodeFactory.instance.arrayNode() : notes.deepCopy());
        return copy;
    }

    /** Whether a note of the contact was created or edited at or after {@code from} (an unreadable date: yes). */
    boolean changedSince(String contactId, Instant from) {
        ArrayNode notes = byContact.get(contactId);
        if (notes == null) {
            return false;
        }
        for (JsonNode note : notes) {
            String changed = note.path(note.hasNonNull("modifyDate") ? "modifyDate" : "createDate").asText(null);
            try {
                if (changed == null || !Instant.parse(changed).isBefore(from)) {
                    return true;
                }
            } catch (DateTimeParseException e) {
                return true;
            }
        }
        return false;
    }
}
