package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code sync_conflict} table: every field conflict with both values and the decision. */
public final class Conflicts {

    private static final String COLUMNS = "id, mapped_object, run_id, pair_id, salesforce_id, genesys_id, field_name,"
            + " base_value, salesforce_value, genesys_value, salesforce_modified_at, genesys_modified_at, policy,"
            + " resolver, winner, chosen_value, status, detected_at, updated_at, resolved_at, resolved_by,"
            + " resolution_note, overridden_winner, overridden_value";

    private static final TableQueries<Conflict> QUERIES =
            new TableQueries<>("sync_conflict", COLUMNS, "detected_at", Conflicts::map);

    private final Db db;
    private final StoreClock clock;

    Conflicts(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records conflicts (detected now); returns their ids in the same order. An AUTO_RESOLVED conflict is added in one
     * batch; an OPEN one updates the OPEN conflict of the same pair and field when there is one (its values and times
     * are the latest; it stays counted in the run that found it first), so a conflict waiting for an operator is
     * recorded once, not once per cycle.
     */
    public List<Long> record(List<NewConflict> conflicts) {
        if (conflicts.isEmpty()) {
            return List.of();
        }
        conflicts.forEach(conflict -> {
            if (conflict.status() != ConflictStatus.OPEN && conflict.status() != ConflictStatus.AUTO_RESOLVED) {
                throw new IllegalArgumentException("A conflict is recorded OPEN or AUTO_RESOLVED; operators resolve it");
            }
        });
        Instant now = clock.now();
        return db.call(handle -> handle.inTransaction(transaction -> {
            Long[] ids = new Long[conflicts.size()];
            List<Integer> inserted = new ArrayList<>();
            PreparedBatch batch = transaction.prepareBatch("INSERT INTO sync_conflict (mapped_object, run_id, pair_id,"
                    + " salesforce_id, genesys_id, field_name, base_value, salesforce_value, genesys_value,"
                    + " salesforce_modified_at, genesys_modified_at, policy, resolver, winner, chosen_value, status,"
                    + " detected_at, updated_at) VALUES (:object, :runId, :pairId, :salesforceId, :genesysId, :field,"
                    + " :baseValue, :salesforceValue, :genesysValue, :salesforceModifiedAt, :genesysModifiedAt,"
                    + " :policy, :resolver, :winner, :chosenValue, :status, :now, :now)");
            for (int i = 0; i < conflicts.size(); i++) {
                NewConflict conflict = conflicts.get(i);
                Optional<Long> open = conflict.status() == ConflictStatus.OPEN
                        ? updateOpen(transaction, conflict, now) : Optional.empty();
                if (open.isPresent()) {
                    ids[i] = open.get();
                } else {
                    batch.bindMethods(conflict).bind("now", now).add();
                    inserted.add(i);
                }
            }
            if (!inserted.isEmpty()) {
                List<Long> newIds = batch.executePreparedBatch("id").mapTo(Long.class).list();
                for (int j = 0; j < inserted.size(); j++) {
                    ids[inserted.get(j)] = newIds.get(j);
                }
            }
            return List.of(ids);
        }));
    }

    /** Refreshes the OPEN conflict of this pair and field with the latest values, if there is one. */
    private static Optional<Long> updateOpen(Handle handle, NewConflict conflict, Instant now) {
        Optional<Long> id = handle.createQuery("SELECT id FROM sync_conflict WHERE pair_id = :pairId"
                        + " AND field_name = :field AND status = :open FOR UPDATE")
                .bind("pairId", conflict.pairId())
                .bind("field", conflict.field())
                .bind("open", ConflictStatus.OPEN)
                .mapTo(Long.class)
                .findFirst();
        id.ifPresent(existing -> handle.createUpdate("UPDATE sync_conflict SET"
                        + " salesforce_id = :salesforceId, genesys_id = :genesysId, base_value = :baseValue,"
                        + " salesforce_value = :salesforceValue, genesys_value = :genesysValue,"
                        + " salesforce_modified_at = :salesforceModifiedAt, genesys_modified_at = :genesysModifiedAt,"
                        + " policy = :policy, resolver = :resolver, updated_at = :now WHERE id = :id")
                .bindMethods(conflict)
                .bind("now", now)
                .bind("id", existing)
                .execute());
        return id;
    }

    /**
     * Closes the OPEN conflicts of these pairs on fields both systems now hold the same value of (AGREED): nobody has
     * to decide them any more.
     *
     * @param agreedFields per pair id, the fields both systems agree on
     * @return how many conflicts were closed
     */
    public int closeAgreed(Map<String, Set<String>> agreedFields) {
        if (agreedFields.isEmpty()) {
            return 0;
        }
        Instant now = clock.now();
        return db.call(handle -> {
            List<Conflict> open = handle.createQuery("SELECT " + COLUMNS + " FROM sync_conflict WHERE status = :open"
                            + " AND pair_id IN (<pairIds>)")
                    .bind("open", ConflictStatus.OPEN)
                    .bindList("pairIds", List.copyOf(agreedFields.keySet()))
                    .map(Conflicts::map)
                    .list();
            List<Long> agreed = open.stream()
                    .filter(c -> agreedFields.get(c.details().pairId()).contains(c.details().field()))
                    .map(Conflict::id)
                    .toList();
            if (agreed.isEmpty()) {
                return 0;
            }
            return handle.createUpdate("UPDATE sync_conflict SET status = :agreed, resolved_at = :now,"
                            + " updated_at = :now WHERE status = :open AND id IN (<ids>)")
                    .bind("agreed", ConflictStatus.AGREED)
                    .bind("open", ConflictStatus.OPEN)
                    .bind("now", now)
                    .bindList("ids", agreed)
                    .execute();
        });
    }

    /** These pairs were retired: their OPEN conflicts close as PAIR_RETIRED. */
    public int closeRetired(Collection<String> pairIds) {
        if (pairIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.now();
        return db.call(handle -> handle.createUpdate("UPDATE sync_conflict SET status = :retired, resolved_at = :now,"
                        + " updated_at = :now WHERE status = :open AND pair_id IN (<pairIds>)")
                .bind("retired", ConflictStatus.PAIR_RETIRED)
                .bind("open", ConflictStatus.OPEN)
                .bind("now", now)
                .bindList("pairIds", List.copyOf(pairIds))
                .execute());
    }

    /** Conflicts of this object (of all when null) in this status (all when null), newest first. */
    public List<Conflict> list(MappedObject object, ConflictStatus status, int limit) {
        return QUERIES.withStatus(db, object, status, limit);
    }

    public Optional<Conflict> get(long id) {
        return QUERIES.byId(db, id);
    }

    /**
     * Resolves a conflict with the operator's decision: an OPEN one, or an AUTO_RESOLVED one whose policy decision
     * the operator overrides (the policy's winner and value are kept as overridden_winner and overridden_value).
     *
     * @param expected the status the operator saw
     * @return false if the conflict does not exist or is no longer in that status (nothing changed)
     */
    public boolean resolve(long id, ConflictStatus expected, ConflictResolution resolution) {
        if (expected != ConflictStatus.OPEN && expected != ConflictStatus.AUTO_RESOLVED) {
            throw new IllegalArgumentException("Only OPEN and AUTO_RESOLVED conflicts are resolved, not " + expected);
        }
        String overridden = expected == ConflictStatus.AUTO_RESOLVED
                ? " overridden_winner = winner, overridden_value = chosen_value," : "";
        return db.call(handle -> handle.createUpdate("UPDATE sync_conflict SET" + overridden + " status = :resolved,"
                        + " chosen_value = :chosenValue, winner = :winner, resolved_at = :now, resolved_by = :resolvedBy,"
                        + " resolution_note = :note, updated_at = :now WHERE id = :id AND status = :expected")
                .bind("resolved", ConflictStatus.RESOLVED)
                .bindMethods(resolution)
                .bind("now", clock.now())
                .bind("id", id)
                .bind("expected", expected)
                .execute() == 1);
    }

    /** The conflicts of this object (of all when null) in this status. */
    public long count(MappedObject object, ConflictStatus status) {
        return QUERIES.count(db, object, status);
    }

    /** How many conflicts a run recorded, per object, field and policy. */
    public List<ConflictCount> countsByRun(long runId) {
        return db.call(handle -> handle.createQuery("SELECT mapped_object, field_name, policy, COUNT(*) AS n"
                        + " FROM sync_conflict WHERE run_id = :runId GROUP BY mapped_object, field_name, policy")
                .bind("runId", runId)
                .map((row, context) -> new ConflictCount(Columns.enumValue(row, "mapped_object", MappedObject.class),
                        row.getString("field_name"), row.getString("policy"), row.getInt("n")))
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
                        Columns.enumValue(row, "mapped_object", MappedObject.class),
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
                Columns.instant(row, "updated_at"),
                Columns.instant(row, "resolved_at"),
                row.getString("resolved_by"),
                row.getString("resolution_note"),
                Columns.enumValue(row, "overridden_winner", Side.class),
                row.getString("overridden_value"));
    }
}
