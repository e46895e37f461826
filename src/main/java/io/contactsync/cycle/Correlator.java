package io.contactsync.cycle;

import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.RecordRejectedException;
import io.contactsync.match.CorrelationKeys;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactJson;
import io.contactsync.model.Echoes;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.ContactLink;
import io.contactsync.store.LinkStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * Groups the polled records by correlation key, so that the records of one person meet in one {@link PairGroup}.
 * A record that could not be read becomes a {@link RecordRejectedException}, which the error handler dead-letters
 * while the rest go on.
 */
public final class Correlator {

    private final CycleLinks links;
    private final Supplier<SyncSettings> settings;
    private final DistinctRecords distinct;

    public Correlator(CycleLinks links, Supplier<SyncSettings> settings, DistinctRecords distinct) {
        this.links = links;
        this.settings = settings;
        this.distinct = distinct;
    }

    /** The polled records, correlated: those that could not be read, and the groups of those that share a key. */
    public record Correlated(List<MappingResult.Rejected<SideRecord>> unreadable, List<PairGroup> groups) {
    }

    /**
     * Takes the records both polls kept and groups them by correlation key, in the order they were polled. Run once
     * both polls are done: a record's key may depend on what the other side's poll saw.
     */
    public Correlated group(CycleState cycle) {
        List<MappingResult.Rejected<SideRecord>> unreadable = new ArrayList<>();
        Map<String, PairGroup> groups = new LinkedHashMap<>();
        for (MappingResult<SideRecord> result : cycle.takePolled()) {
            if (result instanceof MappingResult.Rejected<SideRecord> rejected) {
                unreadable.add(rejected);
                continue;
            }
            SideRecord record = ((MappingResult.Mapped<SideRecord>) result).value();
            cycle.processed(record);
            groups.computeIfAbsent(keyFor(record, cycle), PairGroup::new).add(record);
        }
        return new Correlated(List.copyOf(unreadable), List.copyOf(groups.values()));
    }

    /** A record that could not be read, as an error the error handler dead-letters with the reason. */
    public void reject(MappingResult.Rejected<SideRecord> unreadable) {
        throw new RecordRejectedException(unreadable);
    }

    /**
     * The engine's key, except for a record without link or external id that a record of the other side
     * names as its counterpart (a create whose link was lost, e.g. in a crash): both then share the
     * external-id key and meet; and except for a record an operator declared a different person from
     * another, which no longer meets records by email or phone and stands alone.
     */
    private String keyFor(SideRecord record, CycleState cycle) {
        String key = new CorrelationKeys(links.lookup(cycle), settings.get().naturalKey()).keyFor(record);
        if (key.startsWith("link:") || key.startsWith("sf:") || key.startsWith("deleted:")) {
            return key;
        }
        List<String> naming = cycle.seen(record.side().other()).idsNaming(record.id());
        if (naming.size() != 1) {
            return distinct.declared(cycle, record) ? "record:" + record.side() + ":" + record.id() : key;
        }
        return "sf:" + (record.side() == Side.SALESFORCE ? record.id() : naming.get(0));
    }

    /**
     * The page without the records that hold exactly their pair's base (a value that is the side's echo of the base
     * value counting as the base value), still linked to the same counterpart: the sync's own writes read back, or
     * changes to fields it does not sync. There is nothing to do for them, as for a record the poll did not return;
     * they count as processed for the watermark. Call after {@link #prefetch}.
     */
    public List<MappingResult<SideRecord>> withoutEchoes(CycleState cycle, List<MappingResult<SideRecord>> page) {
        List<MappingResult<SideRecord>> kept = new ArrayList<>(page.size());
        for (MappingResult<SideRecord> result : page) {
            if (result instanceof MappingResult.Mapped<SideRecord> mapped && isEcho(cycle, mapped.value())) {
                cycle.processed(mapped.value());
            } else {
                kept.add(result);
            }
        }
        return kept;
    }

    private boolean isEcho(CycleState cycle, SideRecord record) {
        return !record.deleted() && links.find(cycle, record.side(), record.id())
                .filter(link -> link.status() == LinkStatus.ACTIVE)
                .filter(link -> Objects.equals(link.recordId(record.side().other()), record.otherSideId()))
                .filter(link -> ContactJson.hash(readAsBase(record, link)).equals(link.baseHash()))
                .isPresent();
    }

    /** The record's values, each that is its side's echo of the base value read as the base value. */
    private static Contact readAsBase(SideRecord record, ContactLink link) {
        Echoes echoes = Echoes.fromJson(link.baseEchoes());
        if (echoes.of(record.side()).isEmpty() || link.baseSnapshot() == null) {
            return record.contact();
        }
        return echoes.readAsBase(record.side(), record.contact(), ContactJson.fromJson(link.baseSnapshot()));
    }

    /** Looks up the links of a page of records at once. */
    public void prefetch(CycleState cycle, List<MappingResult<SideRecord>> page) {
        page.stream().filter(r -> r instanceof MappingResult.Mapped<SideRecord>)
                .map(r -> ((MappingResult.Mapped<SideRecord>) r).value())
                .collect(Collectors.groupingBy(SideRecord::side,
                        Collectors.mapping(SideRecord::id, Collectors.toList())))
                .forEach((side, ids) -> links.prefetch(cycle, side, ids));
    }
}
