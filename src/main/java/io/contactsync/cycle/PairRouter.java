package io.contactsync.cycle;

import io.contactsync.match.DeleteDecision;
import io.contactsync.match.Link;
import io.contactsync.match.MatchOutcome;
import io.contactsync.match.PairClassifier;
import io.contactsync.match.PairState;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.match.SideNames;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.salesforce.Soql;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.NewReviewItem;
import io.contactsync.store.ReviewKind;
import io.contactsync.store.SyncStore;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The decisions the {@code route-pair} routes switch on: how the records of a group match (pair, one side
 * only, ambiguous, nothing to do), what state a pair is in, and what a delete means under the policy.
 * The logic lives in the engine's pure classes; this bean feeds them the stored links and records what
 * needs an operator.
 */
public final class PairRouter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CycleLinks links;
    private final SyncStore store;
    private final PairClassifier classifier = new PairClassifier();
    private final DistinctRecords distinct;
    private final Supplier<SyncSettings> settings;

    public PairRouter(CycleLinks links, SyncStore store, DistinctRecords distinct,
                      Supplier<SyncSettings> settings) {
        this.links = links;
        this.store = store;
        this.distinct = distinct;
        this.settings = settings;
    }

    /** How the group matches: a pair, one side only, ambiguous, or nothing to do (as one-way mode leaves it). */
    public MatchOutcome match(PairGroup group, CycleState cycle) {
        Link link = links.forAny(cycle, group.records()).map(CycleLinks::toLink).orElse(null);
        return settings.get().oneWay().restrict(settings.get().matcher().match(group.key(), group.records(), link));
    }

    /**
     * A contact on one side only, to be created on the other: held for review instead when a contact polled there
     * this cycle has its email (linked to another contact, or unlinked and unchanged), so duplicates are not
     * spread; one an operator declared a different person does not count.
     */
    public MatchOutcome checkPolledEmails(MatchOutcome outcome, CycleState cycle) {
        SideRecord alone = outcome.salesforce() != null ? outcome.salesforce() : outcome.genesys();
        Side other = alone.side().other();
        List<String> sameEmail = undecided(alone,
                cycle.seen(other).idsWithEmail(alone.contact().get(ContactField.EMAIL)));
        if (sameEmail.isEmpty()) {
            return outcome;
        }
        return new MatchOutcome(MatchOutcome.Kind.AMBIGUOUS, outcome.salesforce(), outcome.genesys(), null,
                withNamed(alone, sameEmail), SideNames.of(other) + " already has " + sameEmail + " with the email of "
                + SideNames.of(alone.side()) + " " + alone.id() + ": link them or mark them distinct");
    }

    /**
     * For a contact to be created in Salesforce while the Salesforce poll was incremental (unchanged
     * contacts were not seen): the SOQL finding a contact there with the same email, else null.
     */
    public String salesforceEmailCheck(MatchOutcome outcome, CycleState cycle) {
        if (outcome.kind() != MatchOutcome.Kind.ONLY_GENESYS || cycle.fullPoll(Side.SALESFORCE)) {
            return null;
        }
        String email = outcome.genesys().contact().get(ContactField.EMAIL);
        return email == null ? null : Soql.byEmail(List.of("Id"), email);
    }

    /** Turns the create into a review when the email check found contacts. */
    public MatchOutcome afterSalesforceEmailCheck(MatchOutcome outcome, String answer) throws IOException {
        List<String> found = new ArrayList<>();
        JSON.readTree(answer).path("records").forEach(r -> found.add(r.path("Id").asText()));
        List<String> ids = undecided(outcome.genesys(), found);
        if (ids.isEmpty()) {
            return outcome;
        }
        return new MatchOutcome(MatchOutcome.Kind.AMBIGUOUS, null, outcome.genesys(), null,
                withNamed(outcome.genesys(), ids),
                "Salesforce already has " + ids + " with the email of Genesys Cloud " + outcome.genesys().id()
                        + ": link them or mark them distinct");
    }

    /** The outcome's kind by name, for the route's choice. */
    public String kind(MatchOutcome outcome) {
        return outcome.kind().name();
    }

    /** The pair the resolver decides on. */
    public ContactPair contactPair(MatchOutcome outcome) {
        return outcome.contactPair();
    }

    /**
     * The pair's state by name, for the route's choice. A pair without a stored link is new even when both sides
     * hold its recovered base: resolving it stores the link.
     */
    public String classify(MatchOutcome outcome) {
        PairState state = classifier.classify(outcome.contactPair());
        return (outcome.link() == null && state != PairState.DELETED ? PairState.NEW_PAIR : state).name();
    }

    public DeleteDecision deleteDecision(MatchOutcome outcome) {
        return settings.get().deletes().decide(outcome.contactPair());
    }

    /** A pair both systems hold as its base: nothing to write, and nothing left to retry. */
    public void unchanged(MatchOutcome outcome, CycleState cycle) {
        cycle.counts().unchanged++;
        for (Side side : Side.values()) {
            SideRecord record = side == Side.SALESFORCE ? outcome.salesforce() : outcome.genesys();
            if (record != null) {
                cycle.synced(side, record.id());
            }
        }
    }

    /**
     * Two candidates or more for one contact: nothing is merged or created; an operator decides. The review item is
     * the cycle's; {@link #openReview} stores it.
     */
    public NewReviewItem ambiguous(MatchOutcome outcome, PairGroup group, CycleState cycle) {
        List<SideRecord> candidates = outcome.candidates().isEmpty() ? group.records() : outcome.candidates();
        boolean duplicateEmail = group.key().startsWith("email:");
        NewReviewItem item = new NewReviewItem(cycle.object(),
                duplicateEmail ? ReviewKind.DUPLICATE_EMAIL : ReviewKind.AMBIGUOUS_MATCH, group.key(),
                ids(candidates, Side.SALESFORCE), ids(candidates, Side.GENESYS), outcome.reason(), null);
        cycle.reviewOpening(item);
        return item;
    }

    /** A delete against an edit on the other side: neither deleted nor re-created until an operator decides. */
    public NewReviewItem deleteNeedsReview(MatchOutcome outcome, DeleteDecision decision, PairGroup group,
                                           CycleState cycle) {
        ContactPair pair = outcome.contactPair();
        NewReviewItem item = new NewReviewItem(cycle.object(), ReviewKind.DELETE_CONFLICT, group.key(),
                pair.salesforce() == null ? List.of() : List.of(pair.salesforce().id()),
                pair.genesys() == null ? List.of() : List.of(pair.genesys().id()), decision.reason(), null);
        cycle.reviewOpening(item);
        return item;
    }

    /** Stores a review item the routing opened. */
    public void openReview(NewReviewItem item) {
        store.reviews().open(item);
    }

    /** A group one-way mode or the mapping leaves alone. */
    public void ignored(CycleState cycle) {
        cycle.ignoredGroup();
    }

    /**
     * The candidates of a create held back for review: the record, and the other side's records with its email,
     * named by side and id only (that is all the review item keeps), so that an operator can link it to one of them
     * or declare them all different people.
     */
    private static List<SideRecord> withNamed(SideRecord record, List<String> otherSideIds) {
        List<SideRecord> candidates = new ArrayList<>(List.of(record));
        otherSideIds.forEach(id -> candidates.add(new SideRecord(record.side().other(), id, Instant.EPOCH,
                Contact.empty(), null, null, false, List.of())));
        return candidates;
    }

    /** The other side's records with the same email, less those an operator declared a different person. */
    private List<String> undecided(SideRecord record, List<String> otherSideIds) {
        return otherSideIds.stream().filter(id -> record.side() == Side.SALESFORCE
                ? !distinct.between(record.id(), id) : !distinct.between(id, record.id())).toList();
    }

    private static List<String> ids(List<SideRecord> records, Side side) {
        return records.stream().filter(r -> r.side() == side).map(SideRecord::id).distinct().toList();
    }
}
