package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The {@code review_item} table (decisions for an operator) and the {@code distinct_record_pair} table (records an
 * operator declared to be different people).
 */
public final class ReviewItems {

    private static final String COLUMNS = "id, mapped_object, kind, correlation_key, salesforce_ids, genesys_ids,"
            + " reason, details, status, resolution, created_at, updated_at, resolved_at, resolved_by, resolution_note";

    private static final TableQueries<ReviewItem> QUERIES =
            new TableQueries<>("review_item", COLUMNS, "created_at", ReviewItems::map);

    /** The kinds whose situation a cycle finds again by reading their records. */
    private static final List<String> REREAD_KINDS =
            List.of(ReviewKind.AMBIGUOUS_MATCH.name(), ReviewKind.DUPLICATE_EMAIL.name());

    private final Db db;
    private final StoreClock clock;

    ReviewItems(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Opens a review item, or, when one is already OPEN for the same object, kind and correlation key, refreshes that
     * one (record ids, reason, details) instead of adding another: a cycle that finds the same situation again does not
     * duplicate it.
     *
     * @return the id of the open item
     */
    public long open(NewReviewItem item) {
        Instant now = clock.now();
        String openKey = item.object() + ":" + item.kind() + ":" + item.correlationKey();
        return db.call(handle -> handle.inTransaction(transaction -> {
            Optional<Long> existing = transaction.createQuery("SELECT id FROM review_item WHERE open_key = :openKey"
                            + " FOR UPDATE")
                    .bind("openKey", openKey)
                    .mapTo(Long.class)
                    .findOne();
            if (existing.isPresent()) {
                transaction.createUpdate("UPDATE review_item SET salesforce_ids = :salesforceIds,"
                                + " genesys_ids = :genesysIds, reason = :reason, details = :details, updated_at = :now"
                                + " WHERE id = :id")
                        .bindMethods(item)
                        .bind("salesforceIds", JsonLists.write(item.salesforceIds()))
                        .bind("genesysIds", JsonLists.write(item.genesysIds()))
                        .bind("now", now)
                        .bind("id", existing.get())
                        .execute();
                return existing.get();
            }
            return transaction.createUpdate("INSERT INTO review_item (mapped_object, kind, correlation_key, open_key,"
                            + " salesforce_ids, genesys_ids, reason, details, status, created_at, updated_at) VALUES"
                            + " (:object, :kind, :correlationKey, :openKey, :salesforceIds, :genesysIds, :reason,"
                            + " :details, :open, :now, :now)")
                    .bindMethods(item)
                    .bind("openKey", openKey)
                    .bind("salesforceIds", JsonLists.write(item.salesforceIds()))
                    .bind("genesysIds", JsonLists.write(item.genesysIds()))
                    .bind("open", ReviewStatus.OPEN)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
        }));
    }

    /** Items of this object (of all when null) in this status (all when null), newest first. */
    public List<ReviewItem> list(MappedObject object, ReviewStatus status, int limit) {
        return QUERIES.withStatus(db, object, status, limit);
    }

    public Optional<ReviewItem> get(long id) {
        return QUERIES.byId(db, id);
    }

    /** The items of this object (of all when null) in this status. */
    public long count(MappedObject object, ReviewStatus status) {
        return QUERIES.count(db, object, status);
    }

    /**
     * Resolves an OPEN item. {@link ReviewResolution#DISTINCT} also records every two records of the item as
     * different people, which {@link #isMarkedDistinct} then reports.
     *
     * @return false if the item does not exist or is not OPEN (nothing changed)
     */
    public boolean resolve(long id, ReviewResolution resolution, String resolvedBy, String note) {
        Instant now = clock.now();
        return db.call(handle -> handle.inTransaction(transaction -> {
            boolean resolved = transaction.createUpdate("UPDATE review_item SET status = :resolved, open_key = NULL,"
                            + " resolution = :resolution, resolved_at = :now, resolved_by = :resolvedBy,"
                            + " resolution_note = :note, updated_at = :now WHERE id = :id AND status = :open")
                    .bind("resolved", ReviewStatus.RESOLVED)
                    .bind("resolution", resolution)
                    .bind("now", now)
                    .bind("resolvedBy", resolvedBy)
                    .bind("note", note)
                    .bind("id", id)
                    .bind("open", ReviewStatus.OPEN)
                    .execute() == 1;
            if (resolved && resolution == ReviewResolution.DISTINCT) {
                markDistinct(transaction, QUERIES.byId(Db.bound(transaction), id).orElseThrow(), resolvedBy, now);
            }
            return resolved;
        }));
    }

    /** The correlation keys of the OPEN items of this object and kind. */
    public Set<String> openKeys(MappedObject object, ReviewKind kind) {
        return db.call(handle -> new HashSet<>(handle.createQuery("SELECT correlation_key FROM review_item"
                        + " WHERE status = :open AND mapped_object = :object AND kind = :kind")
                .bind("open", ReviewStatus.OPEN)
                .bind("object", object)
                .bind("kind", kind)
                .mapTo(String.class)
                .list()));
    }

    /**
     * The situations of these OPEN items of one object and kind are gone from the data (e.g. a delete against an edit
     * whose pair both systems now agree on): they close as NO_LONGER_NEEDED.
     */
    public int closeNoLongerNeeded(MappedObject object, ReviewKind kind, Collection<String> correlationKeys) {
        if (correlationKeys.isEmpty()) {
            return 0;
        }
        return closeOpenAsNoLongerNeeded(object, "kind = :kind AND correlation_key IN (<keys>)",
                update -> update.bind("kind", kind).bindList("keys", List.copyOf(correlationKeys)));
    }

    /**
     * The records of the OPEN matching items of this object (ambiguous matches, duplicate emails): each of its passes
     * reads them, whatever its watermarks, so that it finds the situation again (the item stays) or finds it gone (see
     * {@link #closeNoLongerFoundSince}).
     */
    public List<RecordRef> recordsOfOpenMatches(MappedObject object) {
        return db.call(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM review_item WHERE status = :open"
                        + " AND mapped_object = :object AND kind IN (<kinds>)")
                .bind("open", ReviewStatus.OPEN)
                .bind("object", object)
                .bindList("kinds", REREAD_KINDS)
                .map(ReviewItems::map)
                .list()).stream()
                .flatMap(item -> records(item).stream())
                .distinct()
                .toList();
    }

    /**
     * Closes, as NO_LONGER_NEEDED, the OPEN matching items of this object a pass that read their records did not find
     * again (not refreshed by {@link #open} since the pass started): someone fixed the data at the source.
     *
     * @return how many items were closed
     */
    public int closeNoLongerFoundSince(MappedObject object, Instant cycleStart) {
        return closeOpenAsNoLongerNeeded(object, "kind IN (<kinds>) AND updated_at < :cycleStart",
                update -> update.bindList("kinds", REREAD_KINDS).bind("cycleStart", cycleStart));
    }

    private int closeOpenAsNoLongerNeeded(MappedObject object, String condition, UnaryOperator<Update> bindings) {
        Instant now = clock.now();
        return db.call(handle -> bindings.apply(handle.createUpdate("UPDATE review_item SET status = :closed,"
                        + " open_key = NULL, resolved_at = :now, updated_at = :now WHERE status = :open"
                        + " AND mapped_object = :object AND " + condition)
                .bind("closed", ReviewStatus.NO_LONGER_NEEDED)
                .bind("object", object)
                .bind("now", now)
                .bind("open", ReviewStatus.OPEN))
                .execute());
    }

    /** Whether an operator declared these two records different people. The order of the two does not matter. */
    public boolean isMarkedDistinct(RecordRef one, RecordRef other) {
        RecordRef first = one.compareTo(other) <= 0 ? one : other;
        RecordRef second = first == one ? other : one;
        return db.call(handle -> handle.createQuery("SELECT COUNT(*) FROM distinct_record_pair WHERE"
                        + " first_side = :firstSide AND first_id = :firstId AND second_side = :secondSide"
                        + " AND second_id = :secondId")
                .bind("firstSide", first.side()).bind("firstId", first.id())
                .bind("secondSide", second.side()).bind("secondId", second.id())
                .mapTo(Long.class)
                .one() > 0);
    }

    /** Whether this Salesforce contact and this Genesys contact were declared different people. */
    public boolean isMarkedDistinct(String salesforceId, String genesysId) {
        return isMarkedDistinct(RecordRef.salesforce(salesforceId), RecordRef.genesys(genesysId));
    }

    /** Every record an operator declared a different person from at least one other record. */
    public Set<RecordRef> recordsMarkedDistinct() {
        return new HashSet<>(db.call(handle -> handle.createQuery("SELECT first_side AS side, first_id AS id FROM"
                        + " distinct_record_pair UNION SELECT second_side, second_id FROM distinct_record_pair")
                .map((row, context) -> new RecordRef(Side.valueOf(row.getString(1)), row.getString(2)))
                .list()));
    }

    /** Deletes items resolved before the cutoff; OPEN items and distinct decisions stay. */
    int purgeResolvedBefore(Instant cutoff) {
        return QUERIES.deleteBefore(db, "resolved_at", cutoff, ReviewStatus.OPEN);
    }

    private static void markDistinct(Handle handle, ReviewItem item, String decidedBy, Instant now) {
        List<RecordRef> records = new ArrayList<>(new TreeSet<>(records(item)));
        PreparedBatch batch = handle.prepareBatch("INSERT INTO distinct_record_pair (first_side, first_id, second_side,"
                + " second_id, review_item_id, decided_at, decided_by) SELECT :firstSide, :firstId, :secondSide,"
                + " :secondId, :itemId, :now, :decidedBy WHERE NOT EXISTS (SELECT 1 FROM distinct_record_pair WHERE"
                + " first_side = :firstSide AND first_id = :firstId AND second_side = :secondSide"
                + " AND second_id = :secondId)");
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                batch.bind("firstSide", records.get(i).side()).bind("firstId", records.get(i).id())
                        .bind("secondSide", records.get(j).side()).bind("secondId", records.get(j).id())
                        .bind("itemId", item.id()).bind("now", now).bind("decidedBy", decidedBy)
                        .add();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static List<RecordRef> records(ReviewItem item) {
        List<RecordRef> records = new ArrayList<>();
        item.salesforceIds().forEach(id -> records.add(RecordRef.salesforce(id)));
        item.genesysIds().forEach(id -> records.add(RecordRef.genesys(id)));
        return records;
    }

    private static ReviewItem map(ResultSet row, StatementContext context) throws SQLException {
        return new ReviewItem(
                row.getLong("id"),
                Columns.enumValue(row, "mapped_object", MappedObject.class),
                Columns.enumValue(row, "kind", ReviewKind.class),
                row.getString("correlation_key"),
                JsonLists.read(row.getString("salesforce_ids")),
                JsonLists.read(row.getString("genesys_ids")),
                row.getString("reason"),
                row.getString("details"),
                Columns.enumValue(row, "status", ReviewStatus.class),
                Columns.enumValue(row, "resolution", ReviewResolution.class),
                Columns.instant(row, "created_at"),
                Columns.instant(row, "updated_at"),
                Columns.instant(row, "resolved_at"),
                row.getString("resolved_by"),
                row.getString("resolution_note"));
    }
}
