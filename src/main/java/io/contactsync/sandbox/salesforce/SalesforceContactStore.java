package io.contactsync.sandbox.salesforce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The Contacts of the emulated org. Reads see immutable record versions without locking; writes run one at a
 * time, so a write always applies to the latest version of a record (parallel PATCHes of one record never
 * lose updates) and a batch with allOrNone can be rolled back as a whole. Every write gets a SystemModstamp
 * later than every earlier write's, even when the clock stands still or goes back.
 */
final class SalesforceContactStore {

    private static final String ROLLED_BACK = "Record rolled back because not all records were valid and the"
            + " request was using AllOrNone header";

    private final Clock clock;
    /** Keyed by id; ids sort in creation order, so iteration is creation order. */
    private final ConcurrentSkipListMap<String, ContactRecord> records = new ConcurrentSkipListMap<>();
    /** Live and deleted record ids by lower-cased external id; guarded by {@code this}. */
    private final Map<String, Set<String>> byExternalId = new HashMap<>();
    private long nextNumber = 1;
    private Instant lastStamp = Instant.EPOCH;

    SalesforceContactStore(Clock clock) {
        this.clock = clock;
    }

    /** Every record including deleted ones, in creation order; a live, weakly consistent view. */
    Collection<ContactRecord> all() {
        return records.values();
    }

    Optional<ContactRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** The live records whose external-id field equals {@code value}, ignoring case as Salesforce does. */
    synchronized List<ContactRecord> findByExternalId(String value) {
        List<ContactRecord> found = new ArrayList<>();
        for (String id : byExternalId.getOrDefault(value.toLowerCase(Locale.ROOT), Set.of())) {
            ContactRecord record = records.get(id);
            if (!record.isDeleted()) {
                found.add(record);
            }
        }
        return found;
    }

    int liveCount() {
        return (int) records.values().stream().filter(r -> !r.isDeleted()).count();
    }

    synchronized void clear() {
        records.clear();
        byExternalId.clear();
    }

    /** Inserts already-validated records in one go, all with one timestamp, as a data load would. */
    synchronized void load(List<Map<SalesforceContactField, Object>> contacts, String userId) {
        Instant stamp = nextStamp();
        Map<String, ContactRecord> batch = new LinkedHashMap<>();
        for (Map<SalesforceContactField, Object> values : contacts) {
            ContactRecord record = ContactRecord.created(newId(), values, userId, stamp);
            batch.put(record.id(), record);
        }
        records.putAll(batch);
        batch.values().forEach(this::index);
    }

    /**
     * Applies the writes in order as {@code userId}. With {@code allOrNone}, one failure undoes every write of
     * the batch and the records that had succeeded report ALL_OR_NONE_OPERATION_ROLLED_BACK.
     */
    synchronized List<WriteOutcome> write(List<ContactWrite> writes, boolean allOrNone, String userId) {
        Map<String, ContactRecord> before = new LinkedHashMap<>();
        List<WriteOutcome> outcomes = new ArrayList<>();
        for (ContactWrite write : writes) {
            outcomes.add(apply(write, userId, before));
        }
        if (!allOrNone || outcomes.stream().allMatch(WriteOutcome::success)) {
            return outcomes;
        }
        before.forEach((id, previous) -> {
            ContactRecord current = records.get(id);
            if (previous == null) {
                records.remove(id);
            } else {
                records.put(id, previous);
            }
            reindex(current, previous);
        });
        List<WriteOutcome> rolledBack = new ArrayList<>();
        for (WriteOutcome outcome : outcomes) {
            rolledBack.add(outcome.success() ? WriteOutcome.failure(null, 400,
                    EmulatedSalesforceError.of("ALL_OR_NONE_OPERATION_ROLLED_BACK", ROLLED_BACK)) : outcome);
        }
        return rolledBack;
    }

    private WriteOutcome apply(ContactWrite write, String userId, Map<String, ContactRecord> before) {
        if (write instanceof ContactWrite.Refused refused) {
            return new WriteOutcome(null, refused.status(), null, refused.errors(), List.of());
        }
        if (write instanceof ContactWrite.Create create) {
            return create(create.changes(), userId, before);
        }
        if (write instanceof ContactWrite.Update update) {
            return update(update, userId, before);
        }
        if (write instanceof ContactWrite.Delete delete) {
            return delete(delete.id(), userId, before);
        }
        return upsert((ContactWrite.Upsert) write, userId, before);
    }

    private WriteOutcome create(Map<SalesforceContactField, Object> changes, String userId, Map<String, ContactRecord> before) {
        if (changes.get(SalesforceContactField.LAST_NAME) == null) {
            return WriteOutcome.failure(null, 400, requiredLastName());
        }
        ContactRecord record = ContactRecord.created(newId(), changes, userId, nextStamp());
        save(null, record, before);
        return WriteOutcome.success(record.id(), 201, true);
    }

    private WriteOutcome update(ContactWrite.Update update, String userId, Map<String, ContactRecord> before) {
        ContactRecord current = records.get(update.id());
        if (current == null) {
            return WriteOutcome.failure(update.id(), 404, EmulatedSalesforceError.of("NOT_FOUND",
                    "The requested resource does not exist"));
        }
        if (current.isDeleted()) {
            return WriteOutcome.failure(update.id(), 400, EmulatedSalesforceError.of("ENTITY_IS_DELETED", "entity is deleted"));
        }
        if (update.unmodifiedSince() != null
                && current.lastModifiedDate().getEpochSecond() > update.unmodifiedSince().getEpochSecond()) {
            return WriteOutcome.failure(update.id(), 412, EmulatedSalesforceError.of("PRECONDITION_FAILED",
                    "The requested resource has been modified since "
                            + SalesforceDates.format(update.unmodifiedSince()) + " (If-Unmodified-Since)"));
        }
        if (update.changes().containsKey(SalesforceContactField.LAST_NAME) && update.changes().get(SalesforceContactField.LAST_NAME) == null) {
            return WriteOutcome.failure(update.id(), 400, requiredLastName());
        }
        save(current, current.updated(update.changes(), userId, nextStamp()), before);
        return WriteOutcome.success(update.id(), 204, null);
    }

    private WriteOutcome delete(String id, String userId, Map<String, ContactRecord> before) {
        ContactRecord current = records.get(id);
        if (current == null) {
            return WriteOutcome.failure(id, 404, EmulatedSalesforceError.of("NOT_FOUND", "The requested resource does not exist"));
        }
        if (current.isDeleted()) {
            return WriteOutcome.failure(id, 404, EmulatedSalesforceError.of("ENTITY_IS_DELETED", "entity is deleted"));
        }
        save(current, current.deleted(userId, nextStamp()), before);
        return WriteOutcome.success(id, 204, null);
    }

    private WriteOutcome upsert(ContactWrite.Upsert upsert, String userId, Map<String, ContactRecord> before) {
        List<ContactRecord> matches = findByExternalId(upsert.value());
        if (matches.size() > 1) {
            List<String> ids = matches.stream().map(ContactRecord::id).toList();
            return new WriteOutcome(null, 300, null, List.of(EmulatedSalesforceError.of("DUPLICATE_EXTERNAL_ID",
                    upsert.externalIdField().label() + ": more than one record found for external id field: "
                            + ids, upsert.externalIdField().apiName())), ids);
        }
        Map<SalesforceContactField, Object> changes = new LinkedHashMap<>(upsert.changes());
        if (matches.isEmpty()) {
            changes.put(upsert.externalIdField(), upsert.value());
            return create(changes, userId, before);
        }
        ContactRecord current = matches.get(0);
        WriteOutcome updated = update(new ContactWrite.Update(current.id(), changes, null), userId, before);
        return updated.success() ? WriteOutcome.success(current.id(), 204, false) : updated;
    }

    private void save(ContactRecord current, ContactRecord next, Map<String, ContactRecord> before) {
        before.putIfAbsent(next.id(), current);
        records.put(next.id(), next);
        reindex(current, next);
    }

    private void reindex(ContactRecord old, ContactRecord replacement) {
        if (old != null && old.externalId() != null) {
            String key = old.externalId().toLowerCase(Locale.ROOT);
            Set<String> ids = byExternalId.get(key);
            ids.remove(old.id());
            if (ids.isEmpty()) {
                byExternalId.remove(key);
            }
        }
        index(replacement);
    }

    private void index(ContactRecord record) {
        if (record != null && record.externalId() != null) {
            byExternalId.computeIfAbsent(record.externalId().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
                    .add(record.id());
        }
    }

    private static EmulatedSalesforceError requiredLastName() {
        return EmulatedSalesforceError.of("REQUIRED_FIELD_MISSING", "Required fields are missing: [LastName]", "LastName");
    }

    private String newId() {
        return EmulatedSalesforceIds.id(EmulatedSalesforceIds.CONTACT_PREFIX, nextNumber++);
    }

    private Instant nextStamp() {
        Instant now = SalesforceDates.truncate(clock.instant());
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusMillis(1);
        return lastStamp;
    }
}
