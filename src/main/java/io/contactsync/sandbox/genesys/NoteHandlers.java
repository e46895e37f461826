package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The contact notes endpoints ({@code /api/v2/externalcontacts/contacts/{contactId}/notes[/{noteId}]}): list
 * with paging, create, get, update and delete. Every call names an existing contact, else 404. And the notes scan
 * ({@code scan/notes}) of all contacts' notes.
 */
final class NoteHandlers {

    /** The documented paging cap: {@code pageNumber * pageSize <= 1000}. */
    static final int RESULT_CAP = 1000;
    static final int DEFAULT_PAGE_SIZE = 20;
    private static final String ASC = "createDate:asc";
    private static final String DESC = "createDate:desc";

    private final GenesysRecordStore<ContactFields, ExternalContact> contacts;
    private final NoteStore notes;
    private final Supplier<GenesysBehaviour> behaviour;
    private final Clock clock;

    NoteHandlers(GenesysRecordStore<ContactFields, ExternalContact> contacts, NoteStore notes,
                 Supplier<GenesysBehaviour> behaviour, Clock clock) {
        this.contacts = contacts;
        this.notes = notes;
        this.behaviour = behaviour;
        this.clock = clock;
    }

    /** {@code NoteListing}; page URIs are relative, and absent where there is no such page. */
    record NoteListing(List<Note> entities, int pageSize, int pageNumber, long total, int pageCount,
                       String firstUri, String selfUri, String nextUri, String previousUri, String lastUri) {
    }

    /** Newest first unless {@code sortOrder=createDate:asc}. */
    void list(RoutingContext ctx) {
        String contactId = existingContact(ctx);
        int pageSize = QueryParams.intParam(ctx.queryParams(), "pageSize", DEFAULT_PAGE_SIZE, 1, RESULT_CAP);
        int pageNumber = QueryParams.intParam(ctx.queryParams(), "pageNumber", 1, 1, RESULT_CAP);
        if ((long) pageSize * pageNumber > RESULT_CAP) {
            throw EmulatedGenesysError.badRequest("pageNumber * pageSize must be <= " + RESULT_CAP + ", not "
                    + (long) pageSize * pageNumber + ".");
        }
        String sortOrder = QueryParams.text(ctx.queryParams(), "sortOrder");
        if (sortOrder != null && !sortOrder.equalsIgnoreCase(ASC) && !sortOrder.equalsIgnoreCase(DESC)) {
            throw EmulatedGenesysError.badRequest("sortOrder must be createDate:asc or createDate:desc, not '"
                    + sortOrder + "'.");
        }
        boolean ascending = ASC.equalsIgnoreCase(sortOrder);
        List<Note> all = notes.of(contactId, ascending ? NoteStore.OLDEST_FIRST : NoteStore.OLDEST_FIRST.reversed());
        int from = Math.min(all.size(), (pageNumber - 1) * pageSize);
        List<Note> page = all.subList(from, Math.min(all.size(), from + pageSize));
        int pageCount = (all.size() + pageSize - 1) / pageSize;
        String base = Note.path(contactId) + "?pageSize=" + pageSize + "&sortOrder=" + (ascending ? ASC : DESC)
                + "&pageNumber=";
        GenesysJson.send(ctx, 200, new NoteListing(page, pageSize, pageNumber, all.size(), pageCount,
                base + 1, base + pageNumber, pageNumber < pageCount ? base + (pageNumber + 1) : null,
                pageNumber > 1 ? base + (pageNumber - 1) : null, base + Math.max(1, pageCount)));
    }

    /** {@code GET scan/notes}: every note of every contact, in pages of {@code limit} (10 to 200) with a cursor. */
    void scan(RoutingContext ctx) {
        GenesysJson.send(ctx, 200, CursorListing.page(CursorListing.NOTES_PATH, ctx.queryParams(), notes.byId(),
                clock.instant()));
    }

    void create(RoutingContext ctx) {
        String contactId = existingContact(ctx);
        JsonNode body = GenesysJson.body(ctx);
        String text = noteText(body);
        Instant now = now();
        Note created = notes.create((id, sequence) -> new Note(id, contactId, "contact", text, now, now,
                author(body), sequence));
        GenesysJson.send(ctx, behaviour.get().createStatus(), created);
    }

    void get(RoutingContext ctx) {
        String contactId = existingContact(ctx);
        String noteId = ctx.pathParam("noteId");
        GenesysJson.send(ctx, 200, notes.get(contactId, noteId).orElseThrow(() -> noteNotFound(noteId)));
    }

    /** Replaces the note's text (and author, when one is sent); its createDate stays. */
    void update(RoutingContext ctx) {
        String contactId = existingContact(ctx);
        String noteId = ctx.pathParam("noteId");
        JsonNode body = GenesysJson.body(ctx);
        String text = noteText(body);
        Note.Author author = author(body);
        Instant now = now();
        Note updated = notes.update(contactId, noteId, current -> new Note(current.id(), contactId,
                        current.entityType(), text, current.createDate(),
                        now.isAfter(current.modifyDate()) ? now : current.modifyDate().plusMillis(1),
                        author == null ? current.createdBy() : author, current.sequence()))
                .orElseThrow(() -> noteNotFound(noteId));
        GenesysJson.send(ctx, 200, updated);
    }

    void delete(RoutingContext ctx) {
        String contactId = existingContact(ctx);
        String noteId = ctx.pathParam("noteId");
        if (!notes.delete(contactId, noteId)) {
            throw noteNotFound(noteId);
        }
        GenesysJson.sendDeleted(ctx, behaviour.get());
    }

    private String existingContact(RoutingContext ctx) {
        String contactId = ctx.pathParam("id");
        if (contacts.get(contactId).isEmpty()) {
            throw EmulatedGenesysError.notFound(contactId);
        }
        return contactId;
    }

    private static String noteText(JsonNode body) {
        String text = body.path("noteText").isTextual() ? body.path("noteText").asText() : "";
        if (text.isBlank()) {
            throw EmulatedGenesysError.invalidFields("The note is invalid",
                    List.of(new FieldError("noteText", null, "is required")));
        }
        return text;
    }

    private static Note.Author author(JsonNode body) {
        String id = body.path("createdBy").path("id").asText("").trim();
        return id.isEmpty() ? null : new Note.Author(id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static EmulatedGenesysError noteNotFound(String noteId) {
        return new EmulatedGenesysError(404, "not.found", "The requested note " + noteId + " was not found.");
    }
}
