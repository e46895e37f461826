package io.contactsync.match;

import io.contactsync.model.ContactPair;
import io.contactsync.model.DeletePolicy;
import io.contactsync.model.Side;

/**
 * Decides a linked pair with a deleted side. Deleted on both sides: the link is retired. Under IGNORE nothing
 * happens. Otherwise, when the survivor was edited since the last sync (delete against edit), neither deleting
 * it nor re-creating the deleted one is safe, so it goes to review; else the policy applies: UNLINK retires the
 * link, PROPAGATE deletes the survivor. A one-way deployment never deletes in its source: a contact deleted in the
 * target retires the link (under IGNORE, keeps it), whatever the policy.
 */
public final class DeleteResolver {

    private final DeletePolicy policy;
    private final Side oneWaySource;

    /** @param oneWaySource the source system of a one-way deployment (never deleted in), or null */
    public DeleteResolver(DeletePolicy policy, Side oneWaySource) {
        this.policy = policy;
        this.oneWaySource = oneWaySource;
    }

    public DeleteDecision decide(ContactPair pair) {
        boolean salesforceDeleted = PairClassifier.isDeleted(pair.salesforce());
        boolean genesysDeleted = PairClassifier.isDeleted(pair.genesys());
        if (!salesforceDeleted && !genesysDeleted) {
            throw new IllegalArgumentException("Neither side is deleted: resolve the pair instead");
        }
        if (salesforceDeleted && genesysDeleted) {
            return new DeleteDecision(DeleteDecision.Action.RETIRE_LINK, null, "deleted on both sides");
        }
        Side deletedOn = salesforceDeleted ? Side.SALESFORCE : Side.GENESYS;
        Side survivor = deletedOn.other();
        String deleted = "deleted in " + SideNames.of(deletedOn) + " (" + pair.record(deletedOn).id() + ")";
        if (survivor == oneWaySource && policy != DeletePolicy.IGNORE) {
            return new DeleteDecision(DeleteDecision.Action.RETIRE_LINK, deletedOn, deleted + "; one-way from "
                    + SideNames.of(survivor) + ": the " + SideNames.of(survivor) + " contact is kept and no longer"
                    + " synced");
        }
        if (policy == DeletePolicy.IGNORE) {
            return new DeleteDecision(DeleteDecision.Action.KEEP_LINK, deletedOn, deleted + "; deletes are ignored");
        }
        if (PairClassifier.changedSinceBase(pair, survivor)) {
            return new DeleteDecision(DeleteDecision.Action.REVIEW, deletedOn, deleted + " but edited in "
                    + SideNames.of(survivor) + " since the last sync: restore it, delete the other, or unlink");
        }
        return policy == DeletePolicy.PROPAGATE
                ? new DeleteDecision(DeleteDecision.Action.DELETE_SURVIVOR, deletedOn, deleted + "; deleting it in "
                + SideNames.of(survivor) + " too")
                : new DeleteDecision(DeleteDecision.Action.RETIRE_LINK, deletedOn, deleted + "; the "
                + SideNames.of(survivor) + " contact is kept and no longer synced");
    }
}
