package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code refetch_request} table: records the cycles read by id, whatever their watermarks say. An operator's
 * request (two records linked or declared distinct, a failed read replayed) is read by the next cycle; a record whose
 * write failed is read again after a growing delay until its pair syncs, so that an outage longer than the poll
 * overlap loses nothing. A record is requested once, however often it is asked for; each object's passes read their
 * own records.
 */
public final class RefetchRequests {

    /** When a record whose attempt failed is tried again. */
    @FunctionalInterface
    public interface NextAttempt {
        /** @return the time of the next attempt after {@code failedAttempts} failures, or null to wait for an edit */
        Instant after(int failedAttempts, Instant now);
    }

    private static final String COLUMNS = "mapped_object, side, record_id, reason, requested_at, attempts, last_error,"
            + " next_attempt_at";

    private final Db db;
    private final StoreClock clock;

    RefetchRequests(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Asks the next cycle to read these records of this object; a record already requested keeps its first request,
     * due now.
     */
    public void request(MappedObject object, Collection<RecordRef> records, String reason) {
        if (records.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        db.call(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO refetch_request (mapped_object, side, record_id,"
                    + " reason, requested_at, next_attempt_at) SELECT :object, :side, :recordId, :reason, :now, :now"
                    + " WHERE NOT EXISTS (SELECT 1 FROM refetch_request WHERE side = :side AND record_id = :recordId)");
            PreparedBatch due = handle.prepareBatch("UPDATE refetch_request SET next_attempt_at = :now"
                    + " WHERE side = :side AND record_id = :recordId"
                    + " AND (next_attempt_at IS NULL OR next_attempt_at > :now)");
            for (RecordRef record : records) {
                batch.bind("object", object).bind("side", record.side().name()).bind("recordId", record.id())
                        .bind("reason", TextLimits.clip(reason, TextLimits.REASON)).bind("now", now).add();
                due.bind("side", record.side().name()).bind("recordId", record.id()).bind("now", now).add();
            }
            batch.execute();
            return due.execute();
        });
    }

    /**
     * An attempt for these records of this object failed: each is requested (again) with one more failed attempt, the
     * reason, and the next attempt {@code nextAttempt} gives.
     */
    public void failed(MappedObject object, Collection<RecordRef> records, String error, NextAttempt nextAttempt) {
        Instant now = clock.now();
        String reason = TextLimits.clip(error, TextLimits.REASON);
        db.call(handle -> handle.inTransaction(transaction -> {
            for (RecordRef record : records) {
                int attempts = transaction.createQuery("SELECT attempts FROM refetch_request"
                                + " WHERE side = :side AND record_id = :recordId FOR UPDATE")
                        .bind("side", record.side().name()).bind("recordId", record.id())
                        .mapTo(Integer.class).findFirst().orElse(-1);
                String statement = attempts < 0
                        ? "INSERT INTO refetch_request (mapped_object, side, record_id, reason, requested_at, attempts,"
                        + " last_error, next_attempt_at, failed_at) VALUES (:object, :side, :recordId, :reason, :now,"
                        + " 1, :reason, :next, :now)"
                        : "UPDATE refetch_request SET attempts = attempts + 1, last_error = :reason,"
                        + " next_attempt_at = :next, failed_at = :now WHERE side = :side AND record_id = :recordId";
                transaction.createUpdate(statement)
                        .bind("object", object)
                        .bind("side", record.side().name()).bind("recordId", record.id())
                        .bind("reason", reason).bind("now", now)
                        .bind("next", nextAttempt.after(Math.max(attempts, 0) + 1, now))
                        .execute();
            }
            return null;
        }));
    }

    /** The records of this object due to be read now, oldest request first. */
    public List<RecordRef> due(MappedObject object) {
        return db.call(handle -> handle.createQuery("SELECT side, record_id FROM refetch_request"
                        + " WHERE mapped_object = :object AND next_attempt_at <= :now ORDER BY requested_at, side,"
                        + " record_id")
                .bind("object", object)
                .bind("now", clock.now())
                .map((row, context) -> ref(row))
                .list());
    }

    /** The records of this object whose attempts failed and that are retried until their pairs sync. */
    public Set<RecordRef> retrying(MappedObject object) {
        return db.call(handle -> new HashSet<>(handle.createQuery("SELECT side, record_id FROM refetch_request"
                        + " WHERE mapped_object = :object AND attempts > 0")
                .bind("object", object)
                .map((row, context) -> ref(row))
                .list()));
    }

    /** Every request, the soonest due first (those waiting for an edit last). */
    public List<RefetchRequest> all() {
        return first(Integer.MAX_VALUE);
    }

    /** The first {@code limit} requests in the order of {@link #all()}. */
    public List<RefetchRequest> first(int limit) {
        return db.call(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM refetch_request"
                        + " ORDER BY CASE WHEN next_attempt_at IS NULL THEN 1 ELSE 0 END, next_attempt_at, side,"
                        + " record_id LIMIT :limit")
                .bind("limit", limit)
                .map(RefetchRequests::map)
                .list());
    }

    /**
     * A cycle that started at {@code cycleStart} went through: the operators' requests it read are done, and so are
     * the failed records whose pairs it synced, unless an attempt failed again during it.
     *
     * @return the failed records whose requests are done
     */
    public List<RecordRef> settle(Collection<RecordRef> read, Collection<RecordRef> synced, Instant cycleStart) {
        return db.call(handle -> handle.inTransaction(transaction -> {
            PreparedBatch operators = transaction.prepareBatch("DELETE FROM refetch_request WHERE side = :side"
                    + " AND record_id = :recordId AND attempts = 0");
            read.forEach(record -> operators.bind("side", record.side().name()).bind("recordId", record.id()).add());
            if (!read.isEmpty()) {
                operators.execute();
            }
            List<RecordRef> done = synced.stream().filter(record -> transaction.createUpdate("DELETE FROM"
                            + " refetch_request WHERE side = :side AND record_id = :recordId"
                            + " AND (failed_at IS NULL OR failed_at < :cycleStart)")
                    .bind("side", record.side().name()).bind("recordId", record.id()).bind("cycleStart", cycleStart)
                    .execute() == 1).toList();
            return done;
        }));
    }

    /** An operator gave these records up: they are no longer retried. */
    public void remove(Collection<RecordRef> records) {
        if (records.isEmpty()) {
            return;
        }
        db.call(handle -> {
            PreparedBatch batch = handle.prepareBatch("DELETE FROM refetch_request WHERE side = :side"
                    + " AND record_id = :recordId");
            records.forEach(record -> batch.bind("side", record.side().name()).bind("recordId", record.id()).add());
            return batch.execute();
        });
    }

    private static RecordRef ref(ResultSet row) throws SQLException {
        return new RecordRef(Side.valueOf(row.getString("side")), row.getString("record_id"));
    }

    private static RefetchRequest map(ResultSet row, StatementContext context) throws SQLException {
        return new RefetchRequest(Columns.enumValue(row, "mapped_object", MappedObject.class), ref(row),
                row.getString("reason"), Columns.instant(row, "requested_at"),
                row.getInt("attempts"), row.getString("last_error"), Columns.instant(row, "next_attempt_at"));
    }
}
