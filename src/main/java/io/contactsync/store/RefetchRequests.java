package io.contactsync.store;

import io.contactsync.model.Side;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The {@code refetch_request} table: records the next cycle reads by id, whatever its watermarks say (an operator
 * linked them or declared them distinct, or a failed read now succeeds). A record is requested once, however often it
 * is asked for.
 */
public final class RefetchRequests {

    private final Db db;
    private final StoreClock clock;

    RefetchRequests(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Asks the next cycle to read these records; a record already requested keeps its first request. */
    public void request(Collection<RecordRef> records, String reason) {
        if (records.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        db.call(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO refetch_request (side, record_id, reason,"
                    + " requested_at) SELECT :side, :recordId, :reason, :now WHERE NOT EXISTS (SELECT 1 FROM"
                    + " refetch_request WHERE side = :side AND record_id = :recordId)");
            for (RecordRef record : records) {
                batch.bind("side", record.side().name()).bind("recordId", record.id()).bind("reason", reason)
                        .bind("now", now).add();
            }
            return batch.execute();
        });
    }

    /** Every requested record, oldest request first. */
    public List<RecordRef> all() {
        return db.call(handle -> handle.createQuery("SELECT side, record_id FROM refetch_request"
                        + " ORDER BY requested_at, side, record_id")
                .map((row, context) -> new RecordRef(Side.valueOf(row.getString("side")), row.getString("record_id")))
                .list());
    }

    /** The cycle read these records: their requests are done. */
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
}
