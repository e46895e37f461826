package io.contactsync.cycle;

import io.contactsync.model.ContactField;
import io.contactsync.model.FieldConflict;
import io.contactsync.model.Side;
import io.contactsync.store.NewReviewItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a cycle would do now, from a dry run's decisions: counts per action, and per pair the fields each side would
 * get and the conflicts. A create is followed, in a cycle, by the new id written back into its original as the
 * external id (unless one-way mode keeps that side unwritten): that update is in the report too, its link id
 * {@link #NEW_ID}.
 *
 * @param pairCount the number of pairs, also when {@link #pairs} holds only the first of them
 * @param holdReason why a cycle would be held by the mass-disappearance guard now, or null
 */
public record DryRunReport(String id, Instant at, ActionCounts counts, int pairCount, List<PairPreview> pairs,
                           List<ReviewPreview> reviews, List<String> failures, String holdReason) {

    /** The link id of an external id written back after a create: the id the create makes. */
    public static final String NEW_ID = "(the created record's id)";

    /** What each action happens to how many pairs; the updates count the external ids written back after creates. */
    public record ActionCounts(int createInSalesforce, int createInGenesys, int updateSalesforce, int updateGenesys,
                               int unchanged, int conflicts, Map<String, Integer> conflictsByPolicy, int reviews,
                               int deleteInSalesforce, int deleteInGenesys, int unlinks, int ignored, int failures) {
    }

    /**
     * One pair: its ids (a missing record's is null), the action, what each side would get (null: nothing) and the
     * conflicts.
     */
    public record PairPreview(String salesforceId, String genesysId, String action, SideWrite salesforce,
                              SideWrite genesys, List<ConflictPreview> conflicts) {
    }

    /**
     * @param operation CREATE, UPDATE or DELETE
     * @param fields    field to new value (null: cleared), by the mapping's field names
     * @param linkId    the other side's id written as the external id, or null
     */
    public record SideWrite(String operation, Map<String, String> fields, String linkId) {
    }

    /** @param winner the side whose value wins, or null when an operator decides (MANUAL) */
    public record ConflictPreview(String field, String salesforceValue, String genesysValue, String policy,
                                  Side winner, String chosenValue) {
    }

    public record ReviewPreview(String kind, String key, List<String> salesforceIds, List<String> genesysIds,
                                String reason) {
    }

    /** The dry run's report from the cycle's plans and notes. */
    static DryRunReport of(String id, Instant at, CycleState cycle) {
        List<CycleState> passes = cycle.passes();
        return of(id, at, passes.stream().flatMap(pass -> pass.plans().stream()).toList(),
                passes.stream().flatMap(pass -> pass.reviews().stream()).toList(), cycle.counts().unchanged,
                passes.stream().mapToInt(CycleState::ignored).sum(),
                passes.stream().flatMap(pass -> pass.failures().stream()).toList(),
                passes.stream().map(CycleState::holdReason).flatMap(Optional::stream).findFirst()
                        .orElse(null));
    }

    static DryRunReport of(String id, Instant at, List<PairPlan> plans, List<NewReviewItem> reviews, int unchanged,
                           int ignored, List<String> failures, String holdReason) {
        List<PairPreview> pairs = plans.stream().map(DryRunReport::preview).toList();
        int[] creates = new int[Side.values().length];
        int[] updates = new int[Side.values().length];
        int[] deletes = new int[Side.values().length];
        int unlinks = 0;
        int conflicts = 0;
        Map<String, Integer> byPolicy = new TreeMap<>();
        for (PairPreview pair : pairs) {
            for (Side side : Side.values()) {
                SideWrite write = side == Side.SALESFORCE ? pair.salesforce() : pair.genesys();
                if (write != null) {
                    int[] counter = switch (WriteCommand.Operation.valueOf(write.operation())) {
                        case CREATE -> creates;
                        case UPDATE -> updates;
                        case DELETE -> deletes;
                    };
                    counter[side.ordinal()]++;
                }
            }
            if (pair.action().equals(Action.UNLINK.name())) {
                unlinks++;
            }
            for (ConflictPreview conflict : pair.conflicts()) {
                conflicts++;
                byPolicy.merge(conflict.policy(), 1, Integer::sum);
            }
        }
        int sf = Side.SALESFORCE.ordinal();
        int gc = Side.GENESYS.ordinal();
        ActionCounts counts = new ActionCounts(creates[sf], creates[gc], updates[sf], updates[gc], unchanged, conflicts,
                byPolicy, reviews.size(), deletes[sf], deletes[gc], unlinks, ignored, failures.size());
        List<ReviewPreview> reviewPreviews = reviews.stream().map(item -> new ReviewPreview(item.kind().name(),
                item.correlationKey(), item.salesforceIds(), item.genesysIds(), item.reason())).toList();
        return new DryRunReport(id, at, counts, pairs.size(), pairs, reviewPreviews, List.copyOf(failures), holdReason);
    }

    /** The report with only its first {@code limit} pairs (the counts and {@link #pairCount} stay whole). */
    public DryRunReport first(int limit) {
        return new DryRunReport(id, at, counts, pairCount, pairs.subList(0, Math.min(limit, pairs.size())), reviews,
                failures, holdReason);
    }

    /**
     * What happens to a pair, by its plan: LINK links a new pair whose sides agree; NO_WRITE stores a linked pair's new
     * base without writing (both sides changed alike, or a MANUAL conflict waits for an operator).
     */
    enum Action {
        CREATE_IN_SALESFORCE, CREATE_IN_GENESYS, UPDATE, LINK, NO_WRITE, DELETE_IN_SALESFORCE, DELETE_IN_GENESYS, UNLINK
    }

    private static PairPreview preview(PairPlan plan) {
        Map<Side, SideWrite> writes = new LinkedHashMap<>();
        Action action = null;
        for (WriteCommand write : plan.writes()) {
            writes.put(write.side(), new SideWrite(write.operation().name(), fields(write), write.linkId()));
            if (write.operation() == WriteCommand.Operation.CREATE) {
                action = write.side() == Side.SALESFORCE ? Action.CREATE_IN_SALESFORCE : Action.CREATE_IN_GENESYS;
                if (plan.originLinkedAfterCreate()) {
                    writes.put(write.side().other(), new SideWrite(WriteCommand.Operation.UPDATE.name(), Map.of(),
                            NEW_ID));
                }
            } else if (write.operation() == WriteCommand.Operation.DELETE) {
                action = write.side() == Side.SALESFORCE ? Action.DELETE_IN_SALESFORCE : Action.DELETE_IN_GENESYS;
            }
        }
        if (action == null) {
            action = plan.kind() == PairPlan.Kind.RETIRE ? Action.UNLINK : !writes.isEmpty() ? Action.UPDATE
                    : plan.link() == null ? Action.LINK : Action.NO_WRITE;
        }
        List<ConflictPreview> conflicts = plan.conflicts().stream().map(DryRunReport::conflict).toList();
        return new PairPreview(plan.recordId(Side.SALESFORCE), plan.recordId(Side.GENESYS), action.name(),
                writes.get(Side.SALESFORCE), writes.get(Side.GENESYS), conflicts);
    }

    private static Map<String, String> fields(WriteCommand write) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<ContactField, String> change : write.patch().changes().entrySet()) {
            fields.put(change.getKey().jsonName(), change.getValue());
        }
        return fields;
    }

    private static ConflictPreview conflict(FieldConflict conflict) {
        return new ConflictPreview(conflict.field().jsonName(), conflict.salesforceValue(), conflict.genesysValue(),
                conflict.policy().name(), conflict.winner(), conflict.chosenValue());
    }

    /** Every pair as CSV rows: one per field a side would get, conflicts beside their field. */
    public String csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("salesforceId", "genesysId", "action", "side", "operation", "field", "newValue",
                "salesforceValue", "genesysValue", "policy", "winner"));
        for (PairPreview pair : pairs) {
            Map<String, ConflictPreview> conflicts = new LinkedHashMap<>();
            pair.conflicts().forEach(c -> conflicts.put(c.field(), c));
            int before = rows.size();
            for (Side side : Side.values()) {
                SideWrite write = side == Side.SALESFORCE ? pair.salesforce() : pair.genesys();
                if (write == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>(write.fields());
                if (write.linkId() != null) {
                    values.put("externalId", write.linkId());
                }
                if (values.isEmpty()) {
                    rows.add(row(pair, side.name(), write.operation(), "", "", null));
                }
                values.forEach((field, value) -> rows.add(row(pair, side.name(), write.operation(), field, value,
                        conflicts.get(field))));
            }
            pair.conflicts().stream().filter(c -> rows.subList(before, rows.size()).stream()
                            .noneMatch(r -> r.get(5).equals(c.field())))
                    .forEach(c -> rows.add(row(pair, "", "", c.field(), "", c)));
            if (rows.size() == before) {
                rows.add(row(pair, "", "", "", "", null));
            }
        }
        StringBuilder csv = new StringBuilder();
        rows.forEach(row -> csv.append(String.join(",", row.stream().map(DryRunReport::cell).toList())).append("\r\n"));
        return csv.toString();
    }

    private static List<String> row(PairPreview pair, String side, String operation, String field, String value,
                                    ConflictPreview conflict) {
        return List.of(text(pair.salesforceId()), text(pair.genesysId()), pair.action(), side, operation, field,
                text(value), conflict == null ? "" : text(conflict.salesforceValue()),
                conflict == null ? "" : text(conflict.genesysValue()), conflict == null ? "" : conflict.policy(),
                conflict == null || conflict.winner() == null ? "" : conflict.winner().name());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
