package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The {@code sync_journal} table: every write the sync made, with before and after. Append-only. */
public final class Journal {

    private static final String COLUMNS = "id, mapped_object, run_id, pair_id, side, record_id, action, fields_written,"
            + " before_json, after_json, written_at";

    private final Db db;
    private final StoreClock clock;

    Journal(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Appends entries in one batch, all written now. */
    public void append(List<NewJournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        db.call(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO sync_journal (mapped_object, run_id, pair_id, side,"
                    + " record_id, action, fields_written, before_json, after_json, written_at) VALUES (:object,"
                    + " :runId, :pairId, :side, :recordId, :action, :fields, :beforeJson, :afterJson, :now)");
            for (NewJournalEntry entry : entries) {
                batch.bindMethods(entry).bind("fields", JsonLists.write(entry.fieldsWritten())).bind("now", now).add();
            }
            return batch.execute();
        });
    }

    /** A pair's writes (all of the pair's object), newest first. */
    public List<JournalEntry> listByPair(String pairId, int limit) {
        return listWhere(null, "pair_id", pairId, limit);
    }

    /** A run's writes to records of this object (of all when null), newest first. */
    public List<JournalEntry> listByRun(MappedObject object, long runId, int limit) {
        return listWhere(object, "run_id", runId, limit);
    }

    /** How many writes a run made, per object, side and action. */
    public List<WriteCount> countsByRun(long runId) {
        return db.call(handle -> handle.createQuery("SELECT mapped_object, side, action, COUNT(*) AS n FROM sync_journal"
                        + " WHERE run_id = :runId GROUP BY mapped_object, side, action")
                .bind("runId", runId)
                .map((row, context) -> new WriteCount(Columns.enumValue(row, "mapped_object", MappedObject.class),
                        Columns.enumValue(row, "side", Side.class),
                        Columns.enumValue(row, "action", JournalAction.class), row.getInt("n")))
                .list());
    }

    int purgeBefore(Instant cutoff) {
        return db.call(handle -> handle.createUpdate("DELETE FROM sync_journal WHERE written_at < :cutoff")
                .bind("cutoff", cutoff)
                .execute());
    }

    private List<JournalEntry> listWhere(MappedObject object, String column, Object value, int limit) {
        return db.call(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sync_journal WHERE <column> = :value"
                        + " AND (:object IS NULL OR mapped_object = :object)"
                        + " ORDER BY written_at DESC, id DESC LIMIT :limit")
                .define("column", column)
                .bind("object", TableQueries.nameOf(object))
                .bind("value", value)
                .bind("limit", limit)
                .map(Journal::map)
                .list());
    }

    private static JournalEntry map(ResultSet row, StatementContext context) throws SQLException {
        return new JournalEntry(
                row.getLong("id"),
                new NewJournalEntry(
                        Columns.enumValue(row, "mapped_object", MappedObject.class),
                        Columns.nullableLong(row, "run_id"),
                        row.getString("pair_id"),
                        Columns.enumValue(row, "side", Side.class),
                        row.getString("record_id"),
                        Columns.enumValue(row, "action", JournalAction.class),
                        JsonLists.read(row.getString("fields_written")),
                        row.getString("before_json"),
                        row.getString("after_json")),
                Columns.instant(row, "written_at"));
    }
}
