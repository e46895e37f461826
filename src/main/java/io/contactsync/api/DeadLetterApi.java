package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.SyncSettings;
import io.contactsync.cycle.SyncedObjects;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactJson;
import io.contactsync.model.Echoes;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.store.BaseUpdate;
import io.contactsync.store.ContactLink;
import io.contactsync.store.DeadLetter;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.JournalAction;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.NewJournalEntry;
import io.contactsync.store.NewLink;
import io.contactsync.store.RecordRef;
import io.contactsync.store.StoreTables;
import io.contactsync.store.SyncStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/dead-letters}: records that could not be read or written; replayed now (see {@link DeadLetterReplay})
 * or given up. A replayed write is recorded as the cycle would have: a create links the new record to the one it was
 * made from, an update moves the pair's base by the fields it wrote, a delete retires the link. A record that could
 * not be read and now reads fine is requested for the next cycle, which syncs it whatever its watermarks say.
 */
public final class DeadLetterApi {

    private final SyncStore store;
    private final RecordPaths paths;
    private final SyncedObjects settings;

    public DeadLetterApi(SyncStore store, RecordPaths paths, SyncedObjects settings) {
        this.store = store;
        this.paths = paths;
        this.settings = settings;
    }

    public String list(String object, String status, String limit) throws JsonProcessingException {
        return AdminApi.JSON.writeValueAsString(store.deadLetters().list(ApiParams.mappedObject(object),
                ApiParams.status(status, DeadLetterStatus.class), ApiParams.limit(limit)));
    }

    public String discard(String id) throws JsonProcessingException {
        DeadLetter letter = open(ApiParams.id(id, "dead letter"));
        store.useTransaction(tables -> {
            if (!tables.deadLetters().markDiscarded(letter.id())) {
                throw new ApiError(409, "dead letter " + letter.id() + " was closed meanwhile");
            }
            // given up: the record is no longer retried by the cycles either
            tables.refetches().remove(records(letter));
        });
        return AdminApi.JSON.writeValueAsString(Map.of("deadLetter", find(letter.id())));
    }

    /** Checks the dead letter can be replayed (404, 409) and plans the calls. */
    public DeadLetterReplay prepare(String id) {
        DeadLetter letter = open(ApiParams.id(id, "dead letter"));
        DeadLetterReplay.Operation operation = operation(letter);
        if (!letter.replayable() && operation != DeadLetterReplay.Operation.READ) {
            throw new ApiError(409, "dead letter " + letter.id() + " (" + letter.operation()
                    + ") cannot be replayed: discard it");
        }
        Patch patch = Patch.none();
        Contact expected = null;
        String linkId = null;
        if (operation != DeadLetterReplay.Operation.READ) {
            try {
                JsonNode payload = AdminApi.JSON.readTree(letter.payload());
                patch = ContactJson.patchFromJson(payload.path("patch").toString());
                expected = payload.has("expected") ? ContactJson.fromJson(payload.path("expected").toString()) : null;
                linkId = payload.path("linkId").asText(null);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new ApiError(409, "dead letter " + letter.id() + " has no replayable payload: " + e.getMessage());
            }
        }
        DeadLetterReplay replay = new DeadLetterReplay(letter, operation, patch, expected, linkId, paths,
                settings.of(letter.object()).get().salesforceMapper(), settings.of(letter.object()).get().genesysMapper());
        if (operation != DeadLetterReplay.Operation.CREATE && unknownId(letter.recordId())) {
            replay.refuse("the record's id is unknown");
        } else if (operation == DeadLetterReplay.Operation.CREATE && linkId != null) {
            Optional<ContactLink> origin = store.links().findByRecordId(letter.side().other(), linkId);
            origin.ifPresent(link -> replay.refuse(letter.side().other() + " contact " + link.recordId(
                    letter.side().other()) + " is linked since (pair " + link.pairId()
                    + "): creating it again would duplicate it"));
        }
        return replay;
    }

    /** The calls went through (or the replay was refused before any): records the outcome. */
    public String finish(DeadLetterReplay replay) throws JsonProcessingException {
        if (replay.failure() != null) {
            return failedAttempt(replay, replay.failure());
        }
        DeadLetter letter = replay.letter();
        store.useTransaction(tables -> {
            record(tables, replay);
            if (!tables.deadLetters().markReplayed(letter.id())) {
                throw new ApiError(409, "dead letter " + letter.id() + " was closed meanwhile");
            }
        });
        return answer(letter.id(), "REPLAYED", null);
    }

    /** A call failed: the attempt is counted with the reason; the dead letter stays OPEN. */
    public String failed(DeadLetterReplay replay, Exception cause) throws JsonProcessingException {
        return failedAttempt(replay, AdminApi.refusal(cause).getMessage());
    }

    private void record(StoreTables tables, DeadLetterReplay replay) {
        DeadLetter letter = replay.letter();
        Side side = letter.side();
        List<String> fields = replay.patch().fields().stream().map(ContactField::jsonName).toList();
        switch (replay.operation()) {
            case READ -> tables.refetches().request(letter.object(), List.of(new RecordRef(side, letter.recordId())),
                    "dead letter " + letter.id() + " replayed");
            case CREATE -> {
                Contact base = replay.patch().applyTo(Contact.empty());
                String salesforceId = side == Side.SALESFORCE ? replay.createdId() : replay.linkId();
                String genesysId = side == Side.GENESYS ? replay.createdId() : replay.linkId();
                String pairId = replay.linkId() == null ? null : tables.links().create(new NewLink(letter.object(),
                        salesforceId, genesysId, ContactJson.toJson(base), ContactJson.hash(base),
                        base.get(ContactField.EMAIL), replay.echoesAfter(Echoes.none()).validFor(base).toJson()))
                        .pairId();
                tables.journal().append(List.of(new NewJournalEntry(letter.object(), null, pairId, side,
                        replay.createdId(), JournalAction.CREATE, fields, null, ContactJson.toJson(base))));
            }
            case UPDATE -> {
                Optional<ContactLink> link = activeLink(tables, side, letter.recordId());
                link.ifPresent(l -> moveBase(tables, l, replay));
                tables.journal().append(List.of(new NewJournalEntry(letter.object(), null,
                        link.map(ContactLink::pairId).orElse(null), side, letter.recordId(), JournalAction.UPDATE,
                        fields, null, ContactJson.patchToJson(replay.patch()))));
            }
            case DELETE -> {
                Optional<ContactLink> link = activeLink(tables, side, letter.recordId());
                link.ifPresent(l -> tables.links().setStatus(l.pairId(), LinkStatus.deletedIn(side.other())));
                tables.journal().append(List.of(new NewJournalEntry(letter.object(), null,
                        link.map(ContactLink::pairId).orElse(null), side, letter.recordId(), JournalAction.DELETE,
                        List.of(), null, null)));
            }
        }
    }

    /**
     * Both sides now hold the written fields (the other side's write had succeeded): the base takes them, with
     * the target's echoes of them.
     */
    private static void moveBase(StoreTables tables, ContactLink link, DeadLetterReplay replay) {
        Contact base = replay.patch().applyTo(link.baseSnapshot() == null ? Contact.empty()
                : ContactJson.fromJson(link.baseSnapshot()));
        Echoes echoes = replay.echoesAfter(Echoes.fromJson(link.baseEchoes())).validFor(base);
        if (!tables.links().updateBase(link.pairId(), link.version(), new BaseUpdate(ContactJson.toJson(base),
                ContactJson.hash(base), base.get(ContactField.EMAIL), echoes.toJson()))) {
            throw new ApiError(409, "pair " + link.pairId() + " changed during the replay");
        }
    }

    private static Optional<ContactLink> activeLink(StoreTables tables, Side side, String recordId) {
        return tables.links().findByRecordId(side, recordId).filter(link -> !link.isTombstone());
    }

    private String failedAttempt(DeadLetterReplay replay, String reason) throws JsonProcessingException {
        store.deadLetters().recordFailedAttempt(replay.letter().id(), reason);
        return answer(replay.letter().id(), "FAILED", reason);
    }

    private String answer(long id, String outcome, String error) throws JsonProcessingException {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("deadLetter", find(id));
        answer.put("outcome", outcome);
        answer.put("error", error);
        return AdminApi.JSON.writeValueAsString(answer);
    }

    private DeadLetter open(long id) {
        DeadLetter letter = find(id);
        if (letter.status() != DeadLetterStatus.OPEN) {
            throw new ApiError(409, "dead letter " + id + " is already " + letter.status());
        }
        return letter;
    }

    private DeadLetter find(long id) {
        return store.deadLetters().get(id).orElseThrow(() -> new ApiError(404, "no dead letter " + id));
    }

    /** The records a dead letter names: the one written (when it has an id) and the one the write came from. */
    private static List<RecordRef> records(DeadLetter letter) {
        List<RecordRef> records = new ArrayList<>(2);
        if (!unknownId(letter.recordId())) {
            records.add(new RecordRef(letter.side(), letter.recordId()));
        }
        if (letter.source() != null) {
            records.add(letter.source());
        }
        return records;
    }

    private static DeadLetterReplay.Operation operation(DeadLetter letter) {
        try {
            return DeadLetterReplay.Operation.valueOf(letter.operation());
        } catch (IllegalArgumentException e) {
            throw new ApiError(409, "dead letter " + letter.id() + " (" + letter.operation()
                    + ") cannot be replayed: discard it");
        }
    }

    private static boolean unknownId(String recordId) {
        return recordId == null || recordId.isBlank() || recordId.startsWith("(");
    }
}
