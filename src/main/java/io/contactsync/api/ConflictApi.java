package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.cycle.SyncSettings;
import io.contactsync.cycle.SyncedObjects;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactJson;
import io.contactsync.model.Echoes;
import io.contactsync.model.Side;
import io.contactsync.store.BaseUpdate;
import io.contactsync.store.Conflict;
import io.contactsync.store.ConflictResolution;
import io.contactsync.store.ConflictStatus;
import io.contactsync.store.ContactLink;
import io.contactsync.store.JournalAction;
import io.contactsync.store.NewJournalEntry;
import io.contactsync.store.SyncStore;
import io.contactsync.store.TextLimits;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /api/conflicts}: the conflicts, and an operator's resolution applied to both systems at once (see
 * {@link ConflictFix}), then recorded: the pair's base takes the value (and the field is settled if it was a MANUAL
 * one), the writes are journalled and the conflict is RESOLVED with who and when.
 */
public final class ConflictApi {

    private static final String DEFAULT_RESOLVER = "admin-api";

    private final SyncStore store;
    private final RecordPaths paths;
    private final SyncedObjects settings;

    public ConflictApi(SyncStore store, RecordPaths paths, SyncedObjects settings) {
        this.store = store;
        this.paths = paths;
        this.settings = settings;
    }

    public String list(String object, String status, String limit) throws JsonProcessingException {
        return AdminApi.JSON.writeValueAsString(store.conflicts().list(ApiParams.mappedObject(object),
                ApiParams.status(status, ConflictStatus.class), ApiParams.limit(limit)));
    }

    public String get(String id) throws JsonProcessingException {
        return AdminApi.JSON.writeValueAsString(find(ApiParams.id(id, "conflict")));
    }

    /** Checks the request and the conflict (400, 404, 409) before anything is read or written. */
    public ConflictFix prepare(String id, String body) {
        long conflictId = ApiParams.id(id, "conflict");
        ObjectNode request = ApiParams.object(body);
        ApiParams.onlyKnown(request, "winner", "value", "clear", "by", "note");
        String winnerName = ApiParams.text(request, "winner", TextLimits.KEYWORD);
        if (request.has("value") && request.get("value").isNull()) {
            throw new ApiError(400, "\"value\" must be a string; to clear the field on both systems give"
                    + " {\"clear\":true}");
        }
        boolean clear = clear(request);
        long choices = (winnerName == null ? 0 : 1) + (request.has("value") ? 1 : 0) + (clear ? 1 : 0);
        if (choices != 1) {
            throw new ApiError(400, "give one of \"winner\" (\"salesforce\" or \"genesys\"), \"value\" or"
                    + " \"clear\":true, not " + (choices == 0 ? "neither" : "both"));
        }
        Side winner = winnerName == null ? null : side(winnerName);
        String by = orDefault(ApiParams.text(request, "by", TextLimits.BY), DEFAULT_RESOLVER);
        String note = ApiParams.text(request, "note", TextLimits.NOTE);
        String givenValue = ApiParams.text(request, "value", TextLimits.FIELD_VALUE);
        Conflict conflict = find(conflictId);
        ConflictStatus status = conflict.details().status();
        if (status != ConflictStatus.OPEN && status != ConflictStatus.AUTO_RESOLVED) {
            throw new ApiError(409, "conflict " + conflictId + " is " + status
                    + ": only OPEN and AUTO_RESOLVED conflicts are resolved by an operator");
        }
        SyncSettings inUse = settings.of(conflict.details().object()).get();
        FieldMapping.MappedField mapped = inUse.mapping().fields().get(new ContactField(conflict.details().field()));
        if (mapped == null) {
            throw new ApiError(409, "conflict " + conflictId + " is about '" + conflict.details().field()
                    + "', which the mapping no longer has");
        }
        ContactField field = mapped.field();
        ContactLink link = activeLink(conflict);
        if (link.salesforceId() == null || link.genesysId() == null) {
            throw new ApiError(409, "pair " + link.pairId() + " lacks a record on one side");
        }
        String value = winner != null ? conflict.details().value(winner)
                : clear ? null : inUse.normalizer().normalize(field, mapped.type(), givenValue).value();
        return new ConflictFix(conflict, field, value, new ConflictResolution(value, winner, by, note), paths,
                inUse.salesforceMapper(), inUse.genesysMapper());
    }

    /** Both systems hold the value now: records it (under the cycle lock the route holds). */
    public String finish(ConflictFix fix) throws JsonProcessingException {
        Conflict conflict = fix.conflict();
        store.useTransaction(tables -> {
            ContactLink link = activeLink(conflict);
            Contact base = link.baseSnapshot() == null ? Contact.empty() : ContactJson.fromJson(link.baseSnapshot());
            Set<ContactField> unsettled = new TreeSet<>(base.unsettled());
            unsettled.remove(fix.field());
            Contact newBase = base.with(fix.field(), fix.value()).withUnsettled(unsettled);
            Echoes echoes = fix.echoesAfter(Echoes.fromJson(link.baseEchoes())).validFor(newBase);
            if (!tables.links().updateBase(link.pairId(), link.version(), new BaseUpdate(ContactJson.toJson(newBase),
                    ContactJson.hash(newBase), newBase.get(ContactField.EMAIL), echoes.toJson()))) {
                throw new ApiError(409, "pair " + link.pairId() + " changed while the conflict was resolved");
            }
            tables.journal().append(fix.written().stream().map(side -> journal(fix, link, side)).toList());
            if (!tables.conflicts().resolve(conflict.id(), conflict.details().status(), fix.resolution())) {
                throw new ApiError(409, "conflict " + conflict.id() + " was resolved meanwhile");
            }
        });
        return AdminApi.JSON.writeValueAsString(Map.of("conflict", find(conflict.id()), "applied", "immediately"));
    }

    /**
     * A call of the fix failed: the refusal says what was changed (only when setting Salesforce back failed too);
     * the conflict is unchanged.
     */
    public ApiError failed(ConflictFix fix, Exception cause) {
        ApiError refusal = AdminApi.refusal(cause);
        if (fix.written().isEmpty()) {
            return refusal;
        }
        return new ApiError(502, fix.written() + " already hold(s) the value, but " + refusal.getMessage()
                + "; the conflict is unchanged and the next cycle or a retry completes it", cause);
    }

    private NewJournalEntry journal(ConflictFix fix, ContactLink link, Side side) {
        Contact before = fix.read(side).contact();
        return new NewJournalEntry(link.object(), null, link.pairId(), side, link.recordId(side), JournalAction.UPDATE,
                List.of(fix.field().jsonName()), ContactJson.toJson(before),
                ContactJson.toJson(before.with(fix.field(), fix.value())));
    }

    private Conflict find(long id) {
        return store.conflicts().get(id).orElseThrow(() -> new ApiError(404, "no conflict " + id));
    }

    private ContactLink activeLink(Conflict conflict) {
        ContactLink link = conflict.details().pairId() == null ? null : store.links().findByPairId(conflict.details().pairId()).orElse(null);
        if (link == null || link.isTombstone()) {
            throw new ApiError(409, "the pair of conflict " + conflict.id() + " is no longer linked");
        }
        return link;
    }

    /** {@code "clear": true} asks for the field to be emptied on both systems; only {@code true} is meaningful. */
    private static boolean clear(ObjectNode request) {
        if (!request.has("clear")) {
            return false;
        }
        if (!request.get("clear").isBoolean() || !request.get("clear").booleanValue()) {
            throw new ApiError(400, "\"clear\" must be true (leave it out otherwise)");
        }
        return true;
    }

    private static Side side(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "salesforce" -> Side.SALESFORCE;
            case "genesys" -> Side.GENESYS;
            default -> throw new ApiError(400, "winner must be \"salesforce\" or \"genesys\", not '" + name + "'");
        };
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
