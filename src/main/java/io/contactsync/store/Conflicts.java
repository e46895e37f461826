package io.contactsync.store;

import io.contactsync.model.Side;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code sync_conflict} table: every field conflict with both values and the decision. */
public final class Conflicts {

    private static final String COLUMNS = "id, run_id, pair_id, salesforce_id, genesys_id, field_name, base_value,"
            + " salesforce_value, genesys_value, salesforce_modified_at, genesys_modified_at, policy, resolver, winner,"
            + " chosen_value, status, detected_at, resolved_at, resolved_by, resolution_note";

    private static final TableQueries<Conflict> QUERIES =
            new TableQueries<>("sync_conflict", COLUMNS, "detected_at", Conflicts::map);

    private final Db db;
    private final StoreClock clock;

    Conflicts(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records conflicts in one batch (detected now); returns their ids in the same order. */
    public List<Long> record(List<NewConflict> conflicts) {
        if (conflicts.isEmpty()) {
            return List.of();
        }
        conflicts.forEach(conflict -> {
            if (conflict.status() == ConflictStatus.RESOLVED) {
                throw new IllegalArgumentException("A conflict is recorded OPEN or AUTO_RESOLVED; operators resolve it");
            }
        });
        Instant now = clock.now();
        return db.call(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO sync_conflict (run_id, pair_id, salesforce_id,"
                    + " genesys_id, field_name, base_value, salesforce_value, genesys_value, salesforce_modified_at,"
                    + " genesys_modified_at, policy, resolver, winner, chosen_value, status, detected_at) VALUES"
                    + " (:runId, :pairId, :salesforceId, :genesysId, :field, :baseValue, :salesforceValue,"
                    + " :genesysValue, :salesforceModifiedAt, :genesysModifiedAt, :policy, :resolver, :winner,"
                    + " :chosenValue, :status, :now)");
            for (NewConflict conflict : conflicts) {
                batch.bindMethods(conflict).bind("now", now).add();
            }
            return batch.executePreparedBatch("id").mapTo(Long.class).list();
        });
    }

    /** Conflicts in this status (all when null), newest first. */
    public List<Conflict> list(ConflictStatus status, int limit) {
        return QUERIES.withStatus(db, status, limit);
    }

    public Optional<Conflict> get(long id) {
        return QUERIES.byId(db, id);
    }

    /**
     * Resolves an OPEN conflict with the operator's decision.
     *
     * @return false if the conflict does not exist or is not OPEN (nothing changed)
     */
    public boolean resolve(long id, ConflictResolution resolution) {
        return db.call(handle -> handle.createUpdate("UPDATE sync_conflict SET status = :resolved,"
                        + " chosen_value = :chosenValue, winner = :winner, resolved_at = :now, resolved_by = :resolvedBy,"
                        + " resolution_note = :note WHERE id = :id AND status = :open")
                .bind("resolved", ConflictStatus.RESOLVED)
                .bindMethods(resolution)
                .bind("now", clock.now())
                .bind("id", id)
                .bind("open", ConflictStatus.OPEN)
                .execute() == 1);
    }

    public long count(ConflictStatus status) {
        return QUERIES.count(db, status);
    }

    /** How many conflicts a run recorded, per field and policy. */
    public List<ConflictCount> countsByRun(long runId) {
        return db.call(handle -> handle.createQuery("SELECT field_name, policy, COUNT(*) AS n FROM sync_conflict"
                        + " WHERE run_id = :runId GROUP BY field_name, policy")
                .bind("runId", runId)
                .map((row, context) -> new ConflictCount(row.getString("field_name"), row.getString("policy"),
                        row.getInt("n")))
                .list());
    }

    /** Deletes decided conflicts (AUTO_RESOLVED or RESOLVED) detected before the cutoff; OPEN ones stay. */
    int purgeDecidedBefore(Instant cutoff) {
        return QUERIES.deleteBefore(db, "detected_at", cutoff, ConflictStatus.OPEN);
    }

    private static Conflict map(ResultSet row, StatementContext context) throws SQLException {
        return new Conflict(
                row.getLong("id"),
                new NewConflict(
                        Columns.nullableLong(row, "run_id"),
                        row.getString("pair_id"),
                        row.getString("salesforce_id"),
                        row.getString("genesys_id"),
                        row.getString("field_name"),
                        row.getString("base_value"),
                        row.getString("salesforce_value"),
                        row.getString("genesys_value"),
                        Columns.instant(row, "salesforce_modified_at"),
                        Columns.instant(row, "genesys_modified_at"),
                        row.getString("policy"),
                        row.getString("resolver"),
                        Columns.enumValue(row, "winner", Side.class),
                        row.getString("chosen_value"),
                        Columns.enumValue(row, "status", ConflictStatus.class)),
                Columns.instant(row, "detected_at"),
                Columns.instant(row, "resolved_at"),
                row.getString("resolved_by"),
                row.getString("resolution_note"));
    }
}
