package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code dead_letter} table: records that could not be read or written, until replayed or discarded. A record
 * that keeps failing stays one OPEN dead letter whose attempts grow, not one row per cycle.
 */
public final class DeadLetters {

    private static final String COLUMNS = "id, mapped_object, run_id, side, record_id, operation, payload, error_text,"
            + " attempts, status, replayable, source_side, source_record_id, created_at, updated_at";

    private static final TableQueries<DeadLetter> QUERIES =
            new TableQueries<>("dead_letter", COLUMNS, "created_at", DeadLetters::map);

    private final Db db;
    private final StoreClock clock;

    DeadLetters(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Adds a dead letter, or, when the same record already has an OPEN one for the same operation, counts another
     * attempt on it with the new payload, reason and run. A write whose target has no id yet (a create) is the same
     * record when it comes from the same source record.
     */
    public DeadLetterFiled add(NewDeadLetter letter) {
        Instant now = clock.now();
        String sameRecord = letter.recordId() != null ? "record_id = :recordId"
                : letter.source() != null ? "record_id IS NULL AND source_side = :sourceSide"
                        + " AND source_record_id = :sourceRecordId" : null;
        return db.call(handle -> handle.inTransaction(transaction -> {
            Optional<Long> open = sameRecord == null ? Optional.empty() : transaction.createQuery(
                            "SELECT id FROM dead_letter WHERE side = :side AND " + sameRecord
                                    + " AND operation = :operation AND status = :open ORDER BY id FOR UPDATE")
                    .bindMethods(letter)
                    .bind("sourceSide", sourceSide(letter.source()))
                    .bind("sourceRecordId", letter.source() == null ? null : letter.source().id())
                    .bind("open", DeadLetterStatus.OPEN)
                    .mapTo(Long.class)
                    .findFirst();
            if (open.isPresent()) {
                transaction.createUpdate("UPDATE dead_letter SET run_id = :runId, payload = :payload, error_text = :error,"
                                + " replayable = :replayable, attempts = attempts + 1, updated_at = :now WHERE id = :id")
                        .bindMethods(letter)
                        .bind("now", now)
                        .bind("id", open.get())
                        .execute();
                return new DeadLetterFiled(open.get(), false);
            }
            return new DeadLetterFiled(transaction.createUpdate("INSERT INTO dead_letter (mapped_object, run_id, side,"
                            + " record_id, operation, payload, error_text, attempts, status, replayable, source_side,"
                            + " source_record_id, created_at, updated_at) VALUES (:object, :runId, :side, :recordId,"
                            + " :operation, :payload, :error, 1, :open, :replayable, :sourceSide, :sourceRecordId,"
                            + " :now, :now)")
                    .bindMethods(letter)
                    .bind("sourceSide", sourceSide(letter.source()))
                    .bind("sourceRecordId", letter.source() == null ? null : letter.source().id())
                    .bind("open", DeadLetterStatus.OPEN)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one(), true);
        }));
    }

    /**
     * These records synced: their OPEN dead letters (as the record written, or as the record a write came from)
     * are RESOLVED.
     *
     * @return how many dead letters were resolved
     */
    public int resolve(Collection<RecordRef> records) {
        if (records.isEmpty()) {
            return 0;
        }
        Instant now = clock.now();
        return db.call(handle -> {
            PreparedBatch batch = handle.prepareBatch("UPDATE dead_letter SET status = :resolved, updated_at = :now"
                    + " WHERE status = :open AND (side = :side AND record_id = :recordId"
                    + " OR source_side = :side AND source_record_id = :recordId)");
            records.forEach(record -> batch.bind("resolved", DeadLetterStatus.RESOLVED)
                    .bind("open", DeadLetterStatus.OPEN).bind("now", now)
                    .bind("side", record.side().name()).bind("recordId", record.id()).add());
            return Arrays.stream(batch.execute()).sum();
        });
    }

    /** Dead letters of this object (of all when null) in this status (all when null), newest first. */
    public List<DeadLetter> list(MappedObject object, DeadLetterStatus status, int limit) {
        return QUERIES.withStatus(db, object, status, limit);
    }

    public Optional<DeadLetter> get(long id) {
        return QUERIES.byId(db, id);
    }

    /** The replay wrote the record. False if the dead letter is not OPEN. */
    public boolean markReplayed(long id) {
        return updateOpen(id, "status = :value", DeadLetterStatus.REPLAYED.name());
    }

    /** An operator gave the record up. False if the dead letter is not OPEN. */
    public boolean markDiscarded(long id) {
        return updateOpen(id, "status = :value", DeadLetterStatus.DISCARDED.name());
    }

    /** A replay failed again: counts the attempt and keeps the new reason. False if the dead letter is not OPEN. */
    public boolean recordFailedAttempt(long id, String error) {
        return updateOpen(id, "attempts = attempts + 1, error_text = :value", error);
    }

    /** The dead letters of this object (of all when null) in this status. */
    public long count(MappedObject object, DeadLetterStatus status) {
        return QUERIES.count(db, object, status);
    }

    /** Deletes replayed, discarded and resolved dead letters last touched before the cutoff; OPEN ones stay. */
    int purgeClosedBefore(Instant cutoff) {
        return QUERIES.deleteBefore(db, "updated_at", cutoff, DeadLetterStatus.OPEN);
    }

    private boolean updateOpen(long id, String assignments, String value) {
        return db.call(handle -> handle.createUpdate("UPDATE dead_letter SET " + assignments + ", updated_at = :now"
                        + " WHERE id = :id AND status = :open")
                .bind("value", value)
                .bind("now", clock.now())
                .bind("id", id)
                .bind("open", DeadLetterStatus.OPEN)
                .execute() == 1);
    }

    private static String sourceSide(RecordRef source) {
        return source == null ? null : source.side().name();
    }

    private static DeadLetter map(ResultSet row, StatementContext context) throws SQLException {
        return new DeadLetter(
                row.getLong("id"),
                Columns.enumValue(row, "mapped_object", MappedObject.class),
                Columns.nullableLong(row, "run_id"),
                Columns.enumValue(row, "side", Side.class),
                row.getString("record_id"),
                row.getString("operation"),
                row.getString("payload"),
                row.getString("error_text"),
                row.getInt("attempts"),
                Columns.enumValue(row, "status", DeadLetterStatus.class),
                row.getBoolean("replayable"),
                row.getString("source_side") == null ? null : new RecordRef(
                        Columns.enumValue(row, "source_side", Side.class), row.getString("source_record_id")),
                Columns.instant(row, "created_at"),
                Columns.instant(row, "updated_at"));
    }
}
