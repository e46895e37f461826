package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.MappingResult;
import io.contactsync.model.Emails;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.SyncStore;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Genesys Cloud poll. The API has no date filter, so every cycle scans all contacts page by page and
 * keeps those modified since the watermark (less the overlap); every id seen is remembered, because a
 * linked contact missing from a complete scan was deleted. When the mapping maps the notes, all notes are
 * scanned first ({@link GenesysNotesScan}): a contact one of whose notes was created or edited since the
 * watermark is kept too, and every contact is read with its notes.
 */
public final class GenesysPoller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SyncSettings> settings;
    private final Correlator correlator;
    private final SyncStore store;
    private final int pageSize;

    /**
     * @param pageSize contacts (and notes) per scan page, 10 to 200
     */
    public GenesysPoller(Supplier<SyncSettings> settings, Correlator correlator, SyncStore store, int pageSize) {
        this.settings = settings;
        this.correlator = correlator;
        this.store = store;
        this.pageSize = pageSize;
    }

    /** The query string of the next contacts scan page. */
    public String nextQuery(CycleState cycle) {
        return scanQuery(cycle.genesysCursor());
    }

    /** Starts this cycle's notes scan, when the mapping maps the notes; else the scan has no page to read. */
    public void startNotesScan(CycleState cycle) {
        if (settings.get().mapping().mapsGenesysNotes()) {
            cycle.genesysNotes().start();
        }
    }

    /** The query string of the next notes scan page. */
    public String nextNotesQuery(CycleState cycle) {
        return scanQuery(cycle.genesysNotes().cursor());
    }

    /** Keeps one notes scan page's notes, by contact. */
    public void notesPage(String body, CycleState cycle) throws IOException {
        cycle.genesysNotes().pageRead(JSON.readTree(body));
    }

    private String scanQuery(String cursor) {
        String query = "limit=" + pageSize;
        return cursor == null ? query : query + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    /** Reads one scan page: every contact is remembered; those changed since the watermark go on to be paired. */
    public void page(String body, CycleState cycle) throws IOException {
        JsonNode page = JSON.readTree(body);
        String after = page.path("cursors").path("after").asText(null);
        cycle.genesysPageRead(after == null || after.isBlank() ? null : after);
        Optional<Instant> from = cycle.pollFrom(Side.GENESYS);
        List<JsonNode> changed = new ArrayList<>();
        for (JsonNode entity : page.path("entities")) {
            String id = entity.path("id").asText(null);
            if (id == null) {
                changed.add(entity);
                continue;
            }
            cycle.genesysSeen(id);
            cycle.seen(Side.GENESYS).add(id, email(entity), salesforceId(entity));
            if (from.isEmpty() || modifiedSince(entity, from.get())
                    || cycle.genesysNotes().changedSince(id, from.get())) {
                changed.add(cycle.genesysNotes().withNotes(entity));
            }
        }
        List<MappingResult<SideRecord>> records = mapper().readAll(JSON.valueToTree(changed));
        correlator.prefetch(cycle, records);
        cycle.polled(correlator.withoutEchoes(cycle, records));
    }

    /**
     * The linked contacts a complete scan did not return: deleted in Genesys Cloud. Nothing when the scan
     * did not complete, so a failed scan never looks like a mass delete.
     */
    public void vanished(CycleState cycle) {
        if (!cycle.genesysScanComplete()) {
            return;
        }
        List<MappingResult<SideRecord>> vanished = new ArrayList<>();
        for (String genesysId : store.links().activeGenesysIds(cycle.object())) {
            if (!cycle.genesysSeenIds().contains(genesysId)) {
                vanished.add(new MappingResult.Mapped<>(SideRecord.vanished(Side.GENESYS, genesysId,
                        cycle.startedAt())));
            }
        }
        correlator.prefetch(cycle, vanished);
        cycle.polled(vanished);
    }

    private static boolean modifiedSince(JsonNode entity, Instant from) {
        try {
            return !Instant.parse(entity.path("modifyDate").asText()).isBefore(from);
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static String email(JsonNode entity) {
        return Emails.canonical(entity.path("workEmail").asText(null));
    }

    private static String salesforceId(JsonNode entity) {
        String url = entity.path("externalSystemUrl").asText(null);
        return url == null ? null : GenesysContactMapper.salesforceIdFromUrl(url).orElse(null);
    }

    /** Where the records of the object whose pass runs are scanned: {@code /api/v2/externalcontacts/scan/contacts}. */
    public String scanPath() {
        return "/api/v2/externalcontacts/scan/" + settings.get().mapping().object().genesysCollection();
    }

    /** The mapper of the settings in use (see {@link ActiveSettings}). */
    private GenesysContactMapper mapper() {
        return settings.get().genesysMapper();
    }
}
