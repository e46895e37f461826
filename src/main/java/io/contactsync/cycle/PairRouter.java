package io.contactsync.cycle;

import io.contactsync.match.ContactMatcher;
import io.contactsync.match.DeleteDecision;
import io.contactsync.match.DeleteResolver;
import io.contactsync.match.Link;
import io.contactsync.match.MatchOutcome;
import io.contactsync.match.PairClassifier;
import io.contactsync.match.PairState;
import io.contactsync.model.ContactPair;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.NewReviewItem;
import io.contactsync.store.ReviewKind;
import io.contactsync.store.SyncStore;

import java.util.List;

/**
 * The decisions the {@code route-pair} route switches on: how the records of a group match (pair, one side
 * only, ambiguous, nothing to do), what state a pair is in, and what a delete means under the policy.
 * The logic lives in the engine's pure classes; this bean feeds them the stored links and records what
 * needs an operator.
 */
public final class PairRouter {

    private final CycleLinks links;
    private final SyncStore store;
    private final ContactMatcher matcher = new ContactMatcher();
    private final PairClassifier classifier = new PairClassifier();
    private final DeleteResolver deletes;

    public PairRouter(CycleLinks links, SyncStore store, DeleteResolver deletes) {
        this.links = links;
        this.store = store;
        this.deletes = deletes;
    }

    public MatchOutcome match(PairGroup group, CycleState cycle) {
        Link link = links.forAny(cycle, group.records()).map(CycleLinks::toLink).orElse(null);
        return matcher.match(group.key(), group.records(), link);
    }

    public PairState classify(MatchOutcome outcome) {
        return classifier.classify(outcome.contactPair());
    }

    public DeleteDecision deleteDecision(MatchOutcome outcome) {
        return deletes.decide(outcome.contactPair());
    }

    public void unchanged(CycleState cycle) {
        cycle.counts().unchanged++;
    }

    /** Two candidates or more for one contact: nothing is merged or created; an operator decides. */
    public void ambiguous(MatchOutcome outcome, PairGroup group, CycleState cycle) {
        List<SideRecord> candidates = outcome.candidates().isEmpty() ? group.records() : outcome.candidates();
        boolean duplicateEmail = group.key().startsWith("email:");
        store.reviews().open(new NewReviewItem(duplicateEmail ? ReviewKind.DUPLICATE_EMAIL : ReviewKind.AMBIGUOUS_MATCH,
                group.key(), ids(candidates, Side.SALESFORCE), ids(candidates, Side.GENESYS), outcome.reason(), null));
        cycle.counts().ambiguous++;
    }

    /** A delete against an edit on the other side: neither deleted nor re-created until an operator decides. */
    public void deleteNeedsReview(MatchOutcome outcome, DeleteDecision decision, PairGroup group, CycleState cycle) {
        ContactPair pair = outcome.contactPair();
        store.reviews().open(new NewReviewItem(ReviewKind.DELETE_CONFLICT, group.key(),
                pair.salesforce() == null ? List.of() : List.of(pair.salesforce().id()),
                pair.genesys() == null ? List.of() : List.of(pair.genesys().id()), decision.reason(), null));
        cycle.counts().ambiguous++;
    }

    private static List<String> ids(List<SideRecord> records, Side side) {
        return records.stream().filter(r -> r.side() == side).map(SideRecord::id).distinct().toList();
    }
}
