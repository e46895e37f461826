package io.contactsync.store;

import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code sync_run} table: one row per sync cycle with its outcome and counts. */
public final class SyncRuns {

    private static final String COLUMNS = "id, run_trigger, owner, status, started_at, finished_at,"
            + " created_in_salesforce, created_in_genesys, updated_in_salesforce, updated_in_genesys, unchanged,"
            + " conflicts, ambiguous, deleted, errors, dead_lettered, unlinked, error_text";

    private static final TableQueries<SyncRun> QUERIES =
            new TableQueries<>("sync_run", COLUMNS, "started_at", SyncRuns::map);

    private final Db db;
    private final StoreClock clock;

    SyncRuns(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records the start of a run (status RUNNING, started now). */
    public SyncRun open(RunTrigger trigger, String owner) {
        Instant now = clock.now();
        long id = db.call(handle -> handle.createUpdate("INSERT INTO sync_run (run_trigger, owner, status, started_at)"
                        + " VALUES (:trigger, :owner, :status, :now)")
                .bind("trigger", trigger)
                .bind("owner", owner)
                .bind("status", RunStatus.RUNNING)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new SyncRun(id, trigger, owner, RunStatus.RUNNING, now, null, RunCounts.NONE, null);
    }

    /**
     * Records the end of a run that is still RUNNING.
     *
     * @return false if the run does not exist or was already closed (e.g. marked abandoned)
     */
    public boolean close(long runId, RunStatus outcome, RunCounts counts, String errorText) {
        if (outcome == RunStatus.RUNNING) {
            throw new IllegalArgumentException("A run is closed with its outcome, not RUNNING");
        }
        return db.call(handle -> handle.createUpdate("UPDATE sync_run SET status = :outcome, finished_at = :now,"
                        + " created_in_salesforce = :createdInSalesforce, created_in_genesys = :createdInGenesys,"
                        + " updated_in_salesforce = :updatedInSalesforce, updated_in_genesys = :updatedInGenesys,"
                        + " unchanged = :unchanged, conflicts = :conflicts, ambiguous = :ambiguous, deleted = :deleted,"
                        + " errors = :errors, dead_lettered = :deadLettered, unlinked = :unlinked,"
                        + " error_text = :errorText"
                        + " WHERE id = :id AND status = :running")
                .bind("outcome", outcome)
                .bind("now", clock.now())
                .bindMethods(counts)
                .bind("errorText", errorText)
                .bind("id", runId)
                .bind("running", RunStatus.RUNNING)
                .execute() == 1);
    }

    public Optional<SyncRun> get(long runId) {
        return QUERIES.byId(db, runId);
    }

    /** The latest runs, newest first. */
    public List<SyncRun> recent(int limit) {
        return db.call(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sync_run"
                        + " ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map(SyncRuns::map)
                .list());
    }

    /** The latest run that ended in one of these statuses, if any. */
    public Optional<SyncRun> latestWithStatus(Collection<RunStatus> statuses) {
        return db.call(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sync_run WHERE status IN (<statuses>)"
                        + " ORDER BY started_at DESC, id DESC LIMIT 1")
                .bindList("statuses", statuses.stream().map(RunStatus::name).toList())
                .map(SyncRuns::map)
                .findOne());
    }

    /** Whether a run recorded before run {@code runId} ended in one of these statuses. */
    public boolean anyBefore(long runId, Collection<RunStatus> statuses) {
        return db.call(handle -> handle.createQuery("SELECT COUNT(*) FROM sync_run WHERE id < :id"
                        + " AND status IN (<statuses>)")
                .bind("id", runId)
                .bindList("statuses", statuses.stream().map(RunStatus::name).toList())
                .mapTo(Long.class)
                .one() > 0);
    }

    /**
     * Marks runs still RUNNING that started before {@code startedBefore} as ABANDONED: their process died. Call it
     * after taking the cycle lock (only one cycle runs at a time, so any other RUNNING run is dead).
     *
     * @return how many runs were marked
     */
    public int abandonRunning(Instant startedBefore) {
        return db.call(handle -> handle.createUpdate("UPDATE sync_run SET status = :abandoned, finished_at = :now,"
                        + " error_text = :reason WHERE status = :running AND started_at < :before")
                .bind("abandoned", RunStatus.ABANDONED)
                .bind("now", clock.now())
                .bind("reason", "The process running this cycle stopped before finishing it")
                .bind("running", RunStatus.RUNNING)
                .bind("before", startedBefore)
                .execute());
    }

    int purgeFinishedBefore(Instant cutoff) {
        return QUERIES.deleteBefore(db, "started_at", cutoff, RunStatus.RUNNING);
    }

    private static SyncRun map(ResultSet row, StatementContext context) throws SQLException {
        RunCounts counts = new RunCounts(
                row.getInt("created_in_salesforce"),
                row.getInt("created_in_genesys"),
                row.getInt("updated_in_salesforce"),
                row.getInt("updated_in_genesys"),
                row.getInt("unchanged"),
                row.getInt("conflicts"),
                row.getInt("ambiguous"),
                row.getInt("deleted"),
                row.getInt("errors"),
                row.getInt("dead_lettered"),
                row.getInt("unlinked"));
        return new SyncRun(
                row.getLong("id"),
                Columns.enumValue(row, "run_trigger", RunTrigger.class),
                row.getString("owner"),
                Columns.enumValue(row, "status", RunStatus.class),
                Columns.instant(row, "started_at"),
                Columns.instant(row, "finished_at"),
                counts,
                row.getString("error_text"));
    }
}
