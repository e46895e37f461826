package io.contactsync.sandbox.salesforce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
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
 * The records of the emulated org, of every sObject. Reads see immutable record versions without locking;
 * writes run one at a time, so a write always applies to the latest version of a record (parallel PATCHes of
 * one record never lose updates), a lookup is checked against its parent as it is, and a batch with allOrNone
 * (cascaded deletes included) can be rolled back as a whole. Every write gets a SystemModstamp later than
 * every earlier write's, even when the clock stands still or goes back.
 */
final class SalesforceRecordStore {

    private static final String ROLLED_BACK = "Record rolled back because not all records were valid and the"
            + " request was using AllOrNone header";

    private final Clock clock;
    /** Keyed by id; ids sort by key prefix, then in creation order, so one sObject's records are one range. */
    private final ConcurrentSkipListMap<String, SObjectRecord> records = new ConcurrentSkipListMap<>();
    /** Live and deleted contact ids by lower-cased external id; guarded by {@code this}. */
    private final Map<String, Set<String>> byExternalId = new HashMap<>();
    private final Map<EmulatedSObject, Long> nextNumber = new EnumMap<>(EmulatedSObject.class);
    private Instant lastStamp = Instant.EPOCH;

    SalesforceRecordStore(Clock clock) {
        this.clock = clock;
    }

    /** Every record of {@code sObject} including deleted ones, in creation order; a live, weakly consistent view. */
    Collection<SObjectRecord> all(EmulatedSObject sObject) {
        return records.subMap(sObject.keyPrefix(), sObject.keyPrefix() + Character.MAX_VALUE).values();
    }

    Optional<SObjectRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** The live contacts whose external-id field equals {@code value}, ignoring case as Salesforce does. */
    synchronized List<SObjectRecord> findByExternalId(String value) {
        List<SObjectRecord> found = new ArrayList<>();
        for (String id : byExternalId.getOrDefault(value.toLowerCase(Locale.ROOT), Set.of())) {
            SObjectRecord record = records.get(id);
            if (!record.isDeleted()) {
                found.add(record);
            }
        }
        return found;
    }

    int liveCount(EmulatedSObject sObject) {
        return (int) all(sObject).stream().filter(r -> !r.isDeleted()).count();
    }

    synchronized void clear() {
        records.clear();
        byExternalId.clear();
    }

    /**
     * Inserts already-validated records of one sObject in one go, all with one timestamp, as a data load would.
     *
     * @return their ids, in order
     */
    synchronized List<String> load(EmulatedSObject sObject, List<Map<SalesforceField, Object>> values, String userId) {
        Instant stamp = nextStamp();
        Map<String, SObjectRecord> batch = new LinkedHashMap<>();
        for (Map<SalesforceField, Object> record : values) {
            SObjectRecord created = SObjectRecord.created(newId(sObject), record, userId, stamp);
            batch.put(created.id(), created);
        }
        records.putAll(batch);
        batch.values().forEach(this::index);
        return List.copyOf(batch.keySet());
    }

    /**
     * Applies the writes in order as {@code userId}. With {@code allOrNone}, one failure undoes every write of
     * the batch and the records that had succeeded report ALL_OR_NONE_OPERATION_ROLLED_BACK.
     */
    synchronized List<WriteOutcome> write(List<RecordWrite> writes, boolean allOrNone, String userId) {
        Map<String, SObjectRecord> before = new LinkedHashMap<>();
        List<WriteOutcome> outcomes = new ArrayList<>();
        for (RecordWrite write : writes) {
            outcomes.add(apply(write, userId, before));
        }
        if (!allOrNone || outcomes.stream().allMatch(WriteOutcome::success)) {
            return outcomes;
        }
        before.forEach((id, previous) -> {
            SObjectRecord current = records.get(id);
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

    private WriteOutcome apply(RecordWrite write, String userId, Map<String, SObjectRecord> before) {
        if (write instanceof RecordWrite.Refused refused) {
            return new WriteOutcome(null, refused.status(), null, refused.errors(), List.of());
        }
        if (write instanceof RecordWrite.Create create) {
            return create(create.sObject(), create.changes(), userId, before);
        }
        if (write instanceof RecordWrite.Update update) {
            return update(update, userId, before);
        }
        if (write instanceof RecordWrite.Delete delete) {
            return delete(delete.id(), userId, before);
        }
        return upsert((RecordWrite.Upsert) write, userId, before);
    }

    private WriteOutcome create(EmulatedSObject sObject, Map<SalesforceField, Object> changes, String userId,
                                Map<String, SObjectRecord> before) {
        if (changes.get(sObject.requiredField()) == null) {
            return WriteOutcome.failure(null, 400, requiredFieldMissing(sObject));
        }
        Optional<EmulatedSalesforceError> badLookup = badLookup(changes);
        if (badLookup.isPresent()) {
            return WriteOutcome.failure(null, 400, badLookup.get());
        }
        SObjectRecord record = SObjectRecord.created(newId(sObject), changes, userId, nextStamp());
        save(null, record, before);
        return WriteOutcome.success(record.id(), 201, true);
    }

    private WriteOutcome update(RecordWrite.Update update, String userId, Map<String, SObjectRecord> before) {
        SObjectRecord current = records.get(update.id());
        if (current == null) {
            return WriteOutcome.failure(update.id(), 404, EmulatedSalesforceError.of("NOT_FOUND",
                    "The requested resource does not exist"));
        }
        if (current.isDeleted()) {
            return WriteOutcome.failure(update.id(), 400, entityIsDeleted());
        }
        if (update.unmodifiedSince() != null
                && current.lastModifiedDate().getEpochSecond() > update.unmodifiedSince().getEpochSecond()) {
            return WriteOutcome.failure(update.id(), 412, EmulatedSalesforceError.of("PRECONDITION_FAILED",
                    "The requested resource has been modified since "
                            + SalesforceDates.format(update.unmodifiedSince()) + " (If-Unmodified-Since)"));
        }
        SalesforceField required = current.sObject().requiredField();
        if (update.changes().containsKey(required) && update.changes().get(required) == null) {
            return WriteOutcome.failure(update.id(), 400, requiredFieldMissing(current.sObject()));
        }
        Optional<EmulatedSalesforceError> badLookup = badLookup(update.changes());
        if (badLookup.isPresent()) {
            return WriteOutcome.failure(update.id(), 400, badLookup.get());
        }
        save(current, current.updated(update.changes(), userId, nextStamp()), before);
        return WriteOutcome.success(update.id(), 204, null);
    }

    /** Moves the record to the recycle bin with the live records whose lookups point to it. */
    private WriteOutcome delete(String id, String userId, Map<String, SObjectRecord> before) {
        SObjectRecord current = records.get(id);
        if (current == null) {
            return WriteOutcome.failure(id, 404, EmulatedSalesforceError.of("NOT_FOUND", "The requested resource does not exist"));
        }
        if (current.isDeleted()) {
            return WriteOutcome.failure(id, 404, entityIsDeleted());
        }
        Instant stamp = nextStamp();
        save(current, current.deleted(userId, stamp), before);
        for (EmulatedSObject child : EmulatedSObject.values()) {
            for (SalesforceField lookup : child.lookupsTo(current.sObject())) {
                for (SObjectRecord record : all(child)) {
                    if (!record.isDeleted() && id.equals(record.get(lookup))) {
                        save(record, record.deleted(userId, stamp), before);
                    }
                }
            }
        }
        return WriteOutcome.success(id, 204, null);
    }

    private WriteOutcome upsert(RecordWrite.Upsert upsert, String userId, Map<String, SObjectRecord> before) {
        List<SObjectRecord> matches = findByExternalId(upsert.value());
        if (matches.size() > 1) {
            List<String> ids = matches.stream().map(SObjectRecord::id).toList();
            return new WriteOutcome(null, 300, null, List.of(EmulatedSalesforceError.of("DUPLICATE_EXTERNAL_ID",
                    upsert.externalIdField().label() + ": more than one record found for external id field: "
                            + ids, upsert.externalIdField().apiName())), ids);
        }
        Map<SalesforceField, Object> changes = new LinkedHashMap<>(upsert.changes());
        if (matches.isEmpty()) {
            changes.put(upsert.externalIdField(), upsert.value());
            return create(upsert.sObject(), changes, userId, before);
        }
        SObjectRecord current = matches.get(0);
        WriteOutcome updated = update(new RecordWrite.Update(current.id(), changes, null), userId, before);
        return updated.success() ? WriteOutcome.success(current.id(), 204, false) : updated;
    }

    /**
     * Why a lookup the changes set cannot be saved: its parent does not exist or is in the recycle bin. The
     * shape of the id was already checked when the body was read.
     */
    private Optional<EmulatedSalesforceError> badLookup(Map<SalesforceField, Object> changes) {
        for (Map.Entry<SalesforceField, Object> change : changes.entrySet()) {
            if (change.getKey().type() != DescribeFieldType.REFERENCE || change.getValue() == null) {
                continue;
            }
            SObjectRecord parent = records.get((String) change.getValue());
            String field = change.getKey().apiName();
            if (parent == null) {
                return Optional.of(EmulatedSalesforceError.of("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id",
                        field));
            }
            if (parent.isDeleted()) {
                return Optional.of(EmulatedSalesforceError.of("ENTITY_IS_DELETED", "entity is deleted", field));
            }
        }
        return Optional.empty();
    }

    private void save(SObjectRecord current, SObjectRecord next, Map<String, SObjectRecord> before) {
        before.putIfAbsent(next.id(), current);
        records.put(next.id(), next);
        reindex(current, next);
    }

    private void reindex(SObjectRecord old, SObjectRecord replacement) {
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

    private void index(SObjectRecord record) {
        if (record != null && record.externalId() != null) {
            byExternalId.computeIfAbsent(record.externalId().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
                    .add(record.id());
        }
    }

    private static EmulatedSalesforceError requiredFieldMissing(EmulatedSObject sObject) {
        String field = sObject.requiredField().apiName();
        return EmulatedSalesforceError.of("REQUIRED_FIELD_MISSING", "Required fields are missing: [" + field + "]", field);
    }

    private static EmulatedSalesforceError entityIsDeleted() {
        return EmulatedSalesforceError.of("ENTITY_IS_DELETED", "entity is deleted");
    }

    private String newId(EmulatedSObject sObject) {
        long number = nextNumber.merge(sObject, 1L, Long::sum);
        return EmulatedSalesforceIds.id(sObject.keyPrefix(), number);
    }

    private Instant nextStamp() {
        Instant now = SalesforceDates.truncate(clock.instant());
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusMillis(1);
        return lastStamp;
    }
}
