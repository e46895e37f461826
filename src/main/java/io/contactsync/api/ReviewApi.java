package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.cycle.SyncSettings;
import io.contactsync.cycle.SyncedObjects;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactJson;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.JournalAction;
import io.contactsync.store.NewJournalEntry;
import io.contactsync.store.NewLink;
import io.contactsync.store.RecordRef;
import io.contactsync.store.ReviewItem;
import io.contactsync.store.ReviewKind;
import io.contactsync.store.ReviewResolution;
import io.contactsync.store.ReviewStatus;
import io.contactsync.store.SyncStore;
import io.contactsync.store.TextLimits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/reviews}: the decisions waiting for an operator, and two of them taken. "link" links two of the
 * candidates; "distinct" declares all of them different people. Both take effect in the next cycle, which reads the
 * records again whatever its watermarks say.
 *
 * <p>A new link's base has every field unsettled: the next cycle, seeing both records, settles every field they
 * disagree on by its policy, exactly as for a pair matched for the first time (an empty base would instead take a
 * value present on one side only as an edit, whatever the field's policy).
 */
public final class ReviewApi {

    private final SyncedObjects settings;
    private static final Set<ReviewKind> MATCHES = EnumSet.of(ReviewKind.AMBIGUOUS_MATCH, ReviewKind.DUPLICATE_EMAIL);
    private static final String DEFAULT_RESOLVER = "admin-api";

    /** The JSON shape of a review item. */
    public record View(long id, MappedObject object, ReviewKind kind, String correlationKey,
                       List<String> salesforceIds, List<String> genesysIds, String reason, ReviewStatus status,
                       ReviewResolution resolution, Instant createdAt, Instant resolvedAt, String resolvedBy,
                       String resolutionNote) {

        static View of(ReviewItem item) {
            return new View(item.id(), item.object(), item.kind(), item.correlationKey(), item.salesforceIds(),
                    item.genesysIds(), item.reason(), item.status(), item.resolution(), item.createdAt(),
                    item.resolvedAt(), item.resolvedBy(), item.resolutionNote());
        }
    }

    private final SyncStore store;

    public ReviewApi(SyncStore store, SyncedObjects settings) {
        this.store = store;
        this.settings = settings;
    }

    public String list(String object, String status, String limit) throws JsonProcessingException {
        return AdminApi.JSON.writeValueAsString(store.reviews().list(ApiParams.mappedObject(object),
                ApiParams.status(status, ReviewStatus.class), ApiParams.limit(limit)).stream().map(View::of).toList());
    }

    public String resolve(String id, String body) throws JsonProcessingException {
        long itemId = ApiParams.id(id, "review");
        ObjectNode request = ApiParams.object(body);
        ApiParams.onlyKnown(request, "action", "salesforceId", "genesysId", "by", "note");
        String action = ApiParams.text(request, "action", TextLimits.KEYWORD);
        String salesforceId = ApiParams.text(request, "salesforceId", TextLimits.RECORD_ID);
        String genesysId = ApiParams.text(request, "genesysId", TextLimits.RECORD_ID);
        String by = ApiParams.text(request, "by", TextLimits.BY);
        String note = ApiParams.text(request, "note", TextLimits.NOTE);
        by = by == null || by.isBlank() ? DEFAULT_RESOLVER : by;
        if (!"link".equals(action) && !"distinct".equals(action)) {
            throw new ApiError(400, "action must be \"link\" or \"distinct\", not " + ConflictFix.quoted(action));
        }
        boolean link = "link".equals(action);
        if (link && (salesforceId == null || genesysId == null)) {
            throw new ApiError(400, "\"link\" needs \"salesforceId\" and \"genesysId\"");
        }
        if (!link && (salesforceId != null || genesysId != null)) {
            throw new ApiError(400, "\"distinct\" applies to all the item's records: give no ids");
        }
        ReviewItem item = store.reviews().get(itemId).orElseThrow(() -> new ApiError(404, "no review " + itemId));
        if (item.status() != ReviewStatus.OPEN) {
            throw new ApiError(409, "review " + itemId + " is already " + item.status());
        }
        if (!MATCHES.contains(item.kind())) {
            throw new ApiError(400, "review " + itemId + " is a " + item.kind() + ": link and distinct apply to "
                    + MATCHES + " only");
        }
        if (link) {
            link(item, salesforceId, genesysId, by, note);
        } else {
            distinct(item, by, note);
        }
        return AdminApi.JSON.writeValueAsString(Map.of("review", View.of(store.reviews().get(itemId).orElseThrow()),
                "applied", "next cycle"));
    }

    private void link(ReviewItem item, String salesforceId, String genesysId, String by, String note) {
        if (!item.salesforceIds().contains(salesforceId)) {
            throw new ApiError(400, "Salesforce contact " + salesforceId + " is not a candidate of review " + item.id()
                    + " (candidates: " + item.salesforceIds() + ")");
        }
        if (!item.genesysIds().contains(genesysId)) {
            throw new ApiError(400, "Genesys Cloud contact " + genesysId + " is not a candidate of review "
                    + item.id() + " (candidates: " + item.genesysIds() + ")");
        }
        for (RecordRef record : List.of(RecordRef.salesforce(salesforceId), RecordRef.genesys(genesysId))) {
            store.links().findByRecordId(record.side(), record.id()).ifPresent(existing -> {
                throw new ApiError(409, record.side() + " contact " + record.id() + " is already in pair "
                        + existing.pairId() + " (" + existing.status() + ")");
            });
        }
        // the base of a pair not synced yet: every mapped field unsettled
        Contact notYetAgreed = Contact.empty().withUnsettled(settings.of(item.object()).get().policies().fields());
        store.useTransaction(tables -> {
            String pairId = tables.links().create(new NewLink(item.object(), salesforceId, genesysId,
                    ContactJson.toJson(notYetAgreed), ContactJson.hash(notYetAgreed), null)).pairId();
            tables.journal().append(List.of(new NewJournalEntry(item.object(), null, pairId, Side.SALESFORCE,
                    salesforceId, JournalAction.LINK, List.of(), null, null)));
            resolved(tables.reviews().resolve(item.id(), ReviewResolution.LINKED, by, note), item);
            tables.refetches().request(item.object(),
                    List.of(RecordRef.salesforce(salesforceId), RecordRef.genesys(genesysId)),
                    "linked by " + by + " (review " + item.id() + ")");
        });
    }

    private void distinct(ReviewItem item, String by, String note) {
        List<RecordRef> records = new ArrayList<>();
        item.salesforceIds().forEach(id -> records.add(RecordRef.salesforce(id)));
        item.genesysIds().forEach(id -> records.add(RecordRef.genesys(id)));
        store.useTransaction(tables -> {
            resolved(tables.reviews().resolve(item.id(), ReviewResolution.DISTINCT, by, note), item);
            tables.refetches().request(item.object(), records,
                    "declared distinct by " + by + " (review " + item.id() + ")");
        });
    }

    private static void resolved(boolean resolved, ReviewItem item) {
        if (!resolved) {
            throw new ApiError(409, "review " + item.id() + " was resolved meanwhile");
        }
    }
}
