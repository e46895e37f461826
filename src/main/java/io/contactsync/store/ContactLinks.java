package io.contactsync.store;

import io.contactsync.model.Emails;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code contact_link} table: linked pairs of every object, their base, tombstones and pair leases. Bulk lookups
 * take whole pages of ids in a few queries (no query per contact). Lookups by id are across objects (ids are unique
 * across them); counts and lists are per object.
 */
public final class ContactLinks {

    /** Ids per IN list: well below every driver's parameter limit, large enough that 100k ids take 200 queries. */
    static final int LOOKUP_CHUNK = 500;
    private static final String COLUMNS = "mapped_object, pair_id, salesforce_id, genesys_id, status, base_snapshot,"
            + " base_hash, base_email, version, last_synced_at, created_at, updated_at, lease_owner, lease_until,"
            + " base_echoes";
    private static final Leases LEASES = new Leases("contact_link", "pair_id");
    private static final TableQueries<ContactLink> QUERIES =
            new TableQueries<>("contact_link", COLUMNS, "created_at", ContactLinks::map);

    private final Db db;
    private final StoreClock clock;

    ContactLinks(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Links a pair (status ACTIVE, version 1, last synced now).
     *
     * @throws DuplicateRecordException when either id already belongs to a pair, tombstoned ones included
     */
    public ContactLink create(NewLink link) {
        return createAll(List.of(link)).get(0);
    }

    /**
     * Links pairs in one batch, as {@link #create} does each; returns them in the same order.
     *
     * @throws DuplicateRecordException when an id already belongs to a pair: in a transaction, none of the batch is
     *                                  linked then
     */
    public List<ContactLink> createAll(List<NewLink> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        Instant now = clock.now();
        List<ContactLink> created = links.stream().map(link -> new ContactLink(link.object(),
                UUID.randomUUID().toString(), link.salesforceId(), link.genesysId(), LinkStatus.ACTIVE,
                link.baseSnapshot(), link.baseHash(), Emails.canonical(link.baseEmail()), 1, now, now, now, null, null,
                link.baseEchoes())).toList();
        db.call(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO contact_link (mapped_object, pair_id, salesforce_id,"
                    + " genesys_id, status, base_snapshot, base_hash, base_email, base_echoes, version, last_synced_at,"
                    + " created_at, updated_at) VALUES (:object, :pairId, :salesforceId, :genesysId, :status,"
                    + " :baseSnapshot, :baseHash, :baseEmail, :baseEchoes, 1, :now, :now, :now)");
            for (ContactLink link : created) {
                batch.bindMethods(link).bind("now", now).add();
            }
            return batch.execute();
        });
        return created;
    }

    public Optional<ContactLink> findByPairId(String pairId) {
        return findOne("pair_id", pairId);
    }

    /** The pair holding this record id, tombstones included. */
    public Optional<ContactLink> findByRecordId(Side side, String recordId) {
        return findOne(idColumn(side), recordId);
    }

    /** The pairs holding any of these record ids (tombstones included), keyed by that side's record id. */
    public Map<String, ContactLink> findByRecordIds(Side side, Collection<String> recordIds) {
        return findMany(idColumn(side), recordIds).stream()
                .collect(Collectors.toMap(link -> link.recordId(side), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** The pairs whose base email is this email (compared case-insensitively). */
    public List<ContactLink> findByEmail(String email) {
        String normalised = Emails.canonical(email);
        return normalised == null ? List.of() : findMany("base_email", List.of(normalised));
    }

    /** The pairs with any of these base emails, grouped by normalised email. */
    public Map<String, List<ContactLink>> findByEmails(Collection<String> emails) {
        List<String> normalised = emails.stream().map(Emails::canonical).filter(Objects::nonNull).toList();
        return findMany("base_email", normalised).stream()
                .collect(Collectors.groupingBy(ContactLink::baseEmail, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Replaces the base if the pair is still at {@code expectedVersion} (compare-and-set), bumping the version.
     *
     * @return false when another writer changed the pair first: re-read it and decide again
     */
    public boolean updateBase(String pairId, long expectedVersion, BaseUpdate update) {
        return updateBases(List.of(new BaseChange(pairId, expectedVersion, update))).isEmpty();
    }

    /**
     * {@link #updateBase} for many pairs in one batch.
     *
     * @return the pair ids whose version had moved on (their base is not replaced); empty when all were
     */
    public List<String> updateBases(List<BaseChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Instant now = clock.now();
        int[] updated = db.call(handle -> {
            PreparedBatch batch = handle.prepareBatch("UPDATE contact_link SET base_snapshot = :snapshot,"
                    + " base_hash = :hash, base_email = :email, base_echoes = COALESCE(:echoes, base_echoes),"
                    + " last_synced_at = :now, updated_at = :now,"
                    + " version = version + 1 WHERE pair_id = :pairId AND version = :expected");
            for (BaseChange change : changes) {
                batch.bind("snapshot", change.update().baseSnapshot())
                        .bind("hash", change.update().baseHash())
                        .bind("email", Emails.canonical(change.update().baseEmail()))
                        .bind("echoes", change.update().baseEchoes())
                        .bind("now", now)
                        .bind("pairId", change.pairId())
                        .bind("expected", change.expectedVersion())
                        .add();
            }
            return batch.execute();
        });
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] != 1) {
                moved.add(changes.get(i).pairId());
            }
        }
        return moved;
    }

    /** Sets the status (e.g. a tombstone) and bumps the version. Returns false if the pair does not exist. */
    public boolean setStatus(String pairId, LinkStatus status) {
        return db.call(handle -> handle.createUpdate("UPDATE contact_link SET status = :status, updated_at = :now,"
                        + " version = version + 1 WHERE pair_id = :pairId")
                .bind("status", status)
                .bind("now", clock.now())
                .bind("pairId", pairId)
                .execute() == 1);
    }

    /**
     * One page of pairs ordered by pair id (keyset pagination: pass the last pair id of the previous page).
     *
     * @param object      only pairs of this object, or of all when null
     * @param status      only pairs in this status, or all when null
     * @param afterPairId start after this pair id, or from the beginning when null
     */
    public List<ContactLink> list(MappedObject object, LinkStatus status, String afterPairId, int limit) {
        return db.call(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM contact_link"
                        + " WHERE (:object IS NULL OR mapped_object = :object)"
                        + " AND (:status IS NULL OR status = :status) AND (:after IS NULL OR pair_id > :after)"
                        + " ORDER BY pair_id LIMIT :limit")
                .bind("object", TableQueries.nameOf(object))
                .bind("status", TableQueries.nameOf(status))
                .bind("after", afterPairId)
                .bind("limit", limit)
                .map(ContactLinks::map)
                .list());
    }

    /** The Genesys Cloud ids of every active pair of this object, in one read of that column alone. */
    public List<String> activeGenesysIds(MappedObject object) {
        return db.call(handle -> handle.createQuery("SELECT genesys_id FROM contact_link WHERE mapped_object = :object"
                        + " AND status = :status AND genesys_id IS NOT NULL")
                .bind("object", object)
                .bind("status", LinkStatus.ACTIVE.name())
                .mapTo(String.class)
                .list());
    }

    /** The pairs of this object (of all when null) in this status. */
    public long count(MappedObject object, LinkStatus status) {
        return QUERIES.count(db, object, status);
    }

    /**
     * Takes the pair's lease for {@code ttl} if it is free, expired or already {@code owner}'s. Of two concurrent
     * callers exactly one gets true. False also when the pair does not exist.
     */
    public boolean tryLease(String pairId, String owner, Duration ttl) {
        return db.call(handle -> LEASES.acquire(handle, pairId, owner, ttl, clock.now()));
    }

    /** Gives the lease back; false if {@code owner} did not hold it. */
    public boolean releaseLease(String pairId, String owner) {
        return db.call(handle -> LEASES.release(handle, pairId, owner));
    }

    private Optional<ContactLink> findOne(String column, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return db.call(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM contact_link WHERE <column> = :value")
                .define("column", column)
                .bind("value", value)
                .map(ContactLinks::map)
                .findOne());
    }

    private List<ContactLink> findMany(String column, Collection<String> values) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        distinct.removeIf(Objects::isNull);
        List<ContactLink> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK));
            found.addAll(db.call(handle -> query(handle, column, chunk)));
        }
        return found;
    }

    private static List<ContactLink> query(Handle handle, String column, List<String> values) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM contact_link WHERE <column> IN (<values>)")
                .define("column", column)
                .bindList("values", values)
                .map(ContactLinks::map)
                .list();
    }

    private static String idColumn(Side side) {
        return side == Side.SALESFORCE ? "salesforce_id" : "genesys_id";
    }

    private static ContactLink map(ResultSet row, StatementContext context) throws SQLException {
        return new ContactLink(
                Columns.enumValue(row, "mapped_object", MappedObject.class),
                row.getString("pair_id"),
                row.getString("salesforce_id"),
                row.getString("genesys_id"),
                Columns.enumValue(row, "status", LinkStatus.class),
                row.getString("base_snapshot"),
                row.getString("base_hash"),
                row.getString("base_email"),
                row.getLong("version"),
                Columns.instant(row, "last_synced_at"),
                Columns.instant(row, "created_at"),
                Columns.instant(row, "updated_at"),
                row.getString("lease_owner"),
                Columns.instant(row, "lease_until"),
                row.getString("base_echoes"));
    }
}
