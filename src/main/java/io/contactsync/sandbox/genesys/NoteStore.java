package io.contactsync.sandbox.genesys;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/** The notes of every contact, in id order for the notes scan; writes are atomic per note. */
final class NoteStore {

    /** Oldest first: by createDate, then by creation order. */
    static final Comparator<Note> OLDEST_FIRST = Comparator.comparing(Note::createDate)
            .thenComparingLong(Note::sequence);

    private final ConcurrentSkipListMap<String, Note> notes = new ConcurrentSkipListMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Stores a new note made by {@code create(id, sequence)}. */
    Note create(NoteFactory create) {
        while (true) {
            Note note = create.make(UUID.randomUUID().toString(), sequence.incrementAndGet());
            if (notes.putIfAbsent(note.id(), note) == null) {
                return note;
            }
        }
    }

    /** Makes a note from its new id and creation sequence number. */
    @FunctionalInterface
    interface NoteFactory {
        Note make(String id, long sequence);
    }

    Optional<Note> get(String contactId, String noteId) {
        return Optional.ofNullable(notes.get(noteId)).filter(n -> n.entityId().equals(contactId));
    }

    /** Replaces the note with {@code change(current)}; empty if the contact has no such note. */
    Optional<Note> update(String contactId, String noteId, UnaryOperator<Note> change) {
        return Optional.ofNullable(notes.computeIfPresent(noteId, (id, current) ->
                current.entityId().equals(contactId) ? change.apply(current) : current))
                .filter(n -> n.entityId().equals(contactId));
    }

    boolean delete(String contactId, String noteId) {
        return get(contactId, noteId).map(n -> notes.remove(noteId, n)).orElse(false);
    }

    /** The contact's notes in the given order. */
    List<Note> of(String contactId, Comparator<Note> order) {
        return notes.values().stream().filter(n -> n.entityId().equals(contactId)).sorted(order).toList();
    }

    /** A read-only, weakly consistent view of every note by id, in id order: what the notes scan pages through. */
    NavigableMap<String, Note> byId() {
        return Collections.unmodifiableNavigableMap(notes);
    }

    void deleteOf(String contactId) {
        notes.values().removeIf(n -> n.entityId().equals(contactId));
    }

    void clear() {
        notes.clear();
    }
}
