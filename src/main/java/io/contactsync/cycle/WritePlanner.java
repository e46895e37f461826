package io.contactsync.cycle;

import io.contactsync.match.DeleteDecision;
import io.contactsync.match.MatchOutcome;
import io.contactsync.model.ContactPair;
import io.contactsync.model.Echoes;
import io.contactsync.model.Patch;
import io.contactsync.model.Resolution;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.ContactLink;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Turns the decision for a pair into writes: a create on the side a contact is missing from, the patches
 * of a resolution (plus the external ids that name the other side), or the delete a delete policy asks
 * for. Each decision becomes a {@link PairPlan} of the cycle.
 */
public final class WritePlanner {

    private final CycleLinks links;

    private final Supplier<SyncSettings> settings;

    public WritePlanner(CycleLinks links, Supplier<SyncSettings> settings) {
        this.links = links;
        this.settings = settings;
    }

    /** A contact found on one side only: create it on the other, naming the original there. */
    public List<WriteCommand> create(MatchOutcome outcome, CycleState cycle) {
        SideRecord original = outcome.salesforce() != null ? outcome.salesforce() : outcome.genesys();
        Side target = original.side().other();
        PairPlan plan = new PairPlan(PairPlan.Kind.SYNC, null,
                original.side() == Side.SALESFORCE ? original : null,
                original.side() == Side.GENESYS ? original : null, null, Echoes.none(), original.contact(), List.of());
        plan.addWrite(target, WriteCommand.Operation.CREATE, Patch.creating(original.contact()), null, original.id());
        if (!settings.get().oneWay().writesLinkIdTo(original.side())) {
            plan.leaveOriginUnlinked();
        }
        cycle.addPlan(plan);
        return plan.writes();
    }

    /**
     * A pair resolved: each side gets its patch, and the external id of the other side where it lacks it (a
     * one-way source only when the mapping allows it).
     */
    public List<WriteCommand> apply(MatchOutcome outcome, Resolution resolution, CycleState cycle) {
        ContactPair pair = outcome.contactPair();
        PairPlan plan = new PairPlan(PairPlan.Kind.SYNC, storedLink(outcome, cycle), pair.salesforce(),
                pair.genesys(), pair.base(), pair.echoes(), resolution.newBase(), resolution.conflicts());
        for (Side side : Side.values()) {
            Patch patch = resolution.patchFor(side);
            String otherId = plan.recordId(side.other());
            SideRecord seen = pair.record(side);
            String missingLink = seen != null && !Objects.equals(seen.otherSideId(), otherId)
                    && settings.get().oneWay().writesLinkIdTo(side) ? otherId : null;
            if (!patch.isEmpty() || missingLink != null) {
                plan.addWrite(side, WriteCommand.Operation.UPDATE, patch, pair.held(side), missingLink);
            }
        }
        cycle.addPlan(plan);
        return plan.writes();
    }

    /** A linked contact deleted on one side (or both), settled by the delete policy. */
    public List<WriteCommand> delete(MatchOutcome outcome, DeleteDecision decision, CycleState cycle) {
        ContactPair pair = outcome.contactPair();
        ContactLink link = storedLink(outcome, cycle);
        switch (decision.action()) {
            case RETIRE_LINK -> {
                cycle.addPlan(new PairPlan(PairPlan.Kind.RETIRE, link, pair.salesforce(), pair.genesys(), pair.base(),
                        pair.echoes(), pair.base(), List.of()));
                return List.of();
            }
            case DELETE_SURVIVOR -> {
                PairPlan plan = new PairPlan(PairPlan.Kind.RETIRE, link, pair.salesforce(), pair.genesys(),
                        pair.base(), pair.echoes(), pair.base(), List.of());
                plan.addWrite(decision.survivor(), WriteCommand.Operation.DELETE, Patch.none(),
                        pair.held(decision.survivor()), null);
                cycle.addPlan(plan);
                return plan.writes();
            }
            default -> {
                return List.of();
            }
        }
    }

    private ContactLink storedLink(MatchOutcome outcome, CycleState cycle) {
        return outcome.link() == null ? null : links.stored(cycle, outcome.link()).orElse(null);
    }
}
