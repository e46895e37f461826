package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The {@code disappearance_hold} table: runs held by the mass-disappearance guard. There is at most one OPEN hold per
 * object: each held run updates it until an operator confirms it; the confirmation lets exactly the next run's pass of
 * that object act.
 */
public final class DisappearanceHolds {

    private static final String COLUMNS = "id, mapped_object, run_id, side, gone, linked, status, held_at, confirmed_by, confirmed_at";

    private final Db db;
    private final StoreClock clock;

    DisappearanceHolds(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records a held run: updates the object's OPEN hold, or opens one. */
    public void hold(MappedObject object, long runId, Side side, int gone, long linked) {
        db.call(handle -> {
            int updated = handle.createUpdate("UPDATE disappearance_hold SET run_id = :runId, side = :side,"
                            + " gone = :gone, linked = :linked, held_at = :now WHERE status = :open"
                            + " AND mapped_object = :object")
                    .bind("runId", runId).bind("side", side.name()).bind("gone", gone).bind("linked", linked)
                    .bind("now", clock.now()).bind("open", HoldStatus.OPEN.name()).bind("object", object.name())
                    .execute();
            return updated > 0 ? updated : handle.createUpdate("INSERT INTO disappearance_hold (mapped_object, run_id,"
                            + " side, gone, linked, status, held_at)"
                            + " VALUES (:object, :runId, :side, :gone, :linked, :open, :now)")
                    .bind("object", object.name()).bind("runId", runId).bind("side", side.name()).bind("gone", gone)
                    .bind("linked", linked).bind("now", clock.now()).bind("open", HoldStatus.OPEN.name())
                    .execute();
        });
    }

    /**
     * An operator confirms the OPEN holds (of every object).
     *
     * @return false when no hold is open
     */
    public boolean confirm(String by) {
        return db.call(handle -> handle.createUpdate("UPDATE disappearance_hold SET status = :confirmed,"
                        + " confirmed_by = :by, confirmed_at = :now WHERE status = :open")
                .bind("confirmed", HoldStatus.CONFIRMED.name()).bind("by", by).bind("now", clock.now())
                .bind("open", HoldStatus.OPEN.name())
                .execute() > 0);
    }

    /**
     * A run's pass about to act on a disappearance of its object takes the operator's confirmation, which is then used
     * up.
     *
     * @return false when there is no unused confirmation for the object
     */
    public boolean useConfirmation(MappedObject object) {
        return db.call(handle -> handle.createUpdate("UPDATE disappearance_hold SET status = :used"
                        + " WHERE status = :confirmed AND mapped_object = :object")
                .bind("used", HoldStatus.USED.name()).bind("confirmed", HoldStatus.CONFIRMED.name())
                .bind("object", object.name())
                .execute() > 0);
    }

    /**
     * Whether an operator's confirmation for the object waits for the next run to use it (read only: a dry run's
     * question).
     */
    public boolean confirmed(MappedObject object) {
        return db.call(handle -> handle.createQuery("SELECT COUNT(*) FROM disappearance_hold WHERE status = :confirmed"
                        + " AND mapped_object = :object")
                .bind("confirmed", HoldStatus.CONFIRMED.name()).bind("object", object.name())
                .mapTo(Long.class)
                .one() > 0);
    }

    /**
     * A run's pass found no mass disappearance of its object: that object's hold still open or confirmed is moot (the
     * records are back), so a stale confirmation never lets a later disappearance through.
     */
    public void clear(MappedObject object) {
        db.call(handle -> handle.createUpdate("UPDATE disappearance_hold SET status = :cleared"
                        + " WHERE status IN (:open, :confirmed) AND mapped_object = :object")
                .bind("cleared", HoldStatus.CLEARED.name()).bind("open", HoldStatus.OPEN.name())
                .bind("confirmed", HoldStatus.CONFIRMED.name()).bind("object", object.name())
                .execute());
    }

    /** The holds, newest first. */
    public List<DisappearanceHold> recent(int limit) {
        return db.call(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM disappearance_hold"
                        + " ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit)
                .map(DisappearanceHolds::map)
                .list());
    }

    private static DisappearanceHold map(ResultSet row, StatementContext context) throws SQLException {
        return new DisappearanceHold(row.getLong("id"),
                Columns.enumValue(row, "mapped_object", MappedObject.class), row.getLong("run_id"),
                Columns.enumValue(row, "side", Side.class), row.getInt("gone"), row.getInt("linked"),
                Columns.enumValue(row, "status", HoldStatus.class), Columns.instant(row, "held_at"),
                row.getString("confirmed_by"), Columns.instant(row, "confirmed_at"));
    }
}
