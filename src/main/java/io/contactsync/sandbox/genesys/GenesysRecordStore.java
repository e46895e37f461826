package io.contactsync.sandbox.genesys;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * The emulator's records of one kind (records, organizations), ordered by id so that a scan cursor is simply
 * the last id returned: records are never re-sorted per page, none is returned twice, and none that exists for
 * a whole scan is skipped. Writes are atomic per record (no lost or torn updates) and each one moves the
 * record's {@code modifyDate} strictly forward, even when the clock stands still.
 *
 * @param <F> the client-writable fields
 * @param <R> the stored record
 */
final class GenesysRecordStore<F, R extends StoredRecord<F>> {

    private final ConcurrentSkipListMap<String, R> records = new ConcurrentSkipListMap<>();
    private final Clock clock;
    private final StoredRecord.Maker<F, R> maker;

    GenesysRecordStore(Clock clock, StoredRecord.Maker<F, R> maker) {
        this.clock = clock;
        this.maker = maker;
    }

    R create(F fields) {
        Instant now = now();
        while (true) {
            R made = maker.make(UUID.randomUUID().toString(), fields, now, now);
            if (records.putIfAbsent(made.id(), made) == null) {
                return made;
            }
        }
    }

    /** Creates all the records with the same create and modify date, as one seeding step. */
    void createAll(List<F> fields) {
        Instant now = now();
        for (F f : fields) {
            R made = maker.make(UUID.randomUUID().toString(), f, now, now);
            records.putIfAbsent(made.id(), made);
        }
    }

    Optional<R> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /**
     * Atomically replaces the fields of the record with {@code change(current record)}; an exception thrown
     * by {@code change} leaves the record as it was.
     *
     * @return the updated record, or empty if there is no record with this id
     */
    Optional<R> update(String id, Function<R, F> change) {
        return Optional.ofNullable(records.computeIfPresent(id, (key, current) -> maker.make(key,
                change.apply(current), current.createDate(), nextModifyDate(current.modifyDate()))));
    }

    boolean delete(String id) {
        return records.remove(id) != null;
    }

    /** A read-only, weakly consistent view of the records by id, in id order: what a scan pages through. */
    NavigableMap<String, R> byId() {
        return Collections.unmodifiableNavigableMap(records);
    }

    /** A weakly consistent view of all records in id order. */
    Collection<R> all() {
        return records.values();
    }

    int size() {
        return records.size();
    }

    void clear() {
        records.clear();
    }

    private Instant nextModifyDate(Instant previous) {
        Instant now = now();
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
