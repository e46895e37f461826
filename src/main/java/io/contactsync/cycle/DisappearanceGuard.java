package io.contactsync.cycle;

import io.contactsync.match.DisappearanceCheck;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.SyncStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs between the polls and the pairing: when the polls found most linked contacts gone from one side, the run is
 * held before anything is deleted or unlinked, whatever the delete policy, until an operator confirms.
 */
public final class DisappearanceGuard {

    private static final Logger LOG = LoggerFactory.getLogger(DisappearanceGuard.class);

    private final SyncStore store;
    private final CycleLinks links;
    private final Supplier<SyncSettings> settings;

    public DisappearanceGuard(SyncStore store, CycleLinks links, Supplier<SyncSettings> settings) {
        this.store = store;
        this.links = links;
        this.settings = settings;
    }

    /**
     * @throws MassDisappearanceHeld when the run must wait for an operator (the hold is recorded)
     */
    public void check(CycleState cycle) {
        Optional<DisappearanceCheck.Disappearance> found = find(cycle);
        if (found.isEmpty()) {
            store.disappearanceHolds().clear(cycle.object());
            return;
        }
        DisappearanceCheck.Disappearance disappearance = found.get();
        if (store.disappearanceHolds().useConfirmation(cycle.object())) {
            LOG.info("Acting on {} linked contacts gone from {}, as an operator confirmed", disappearance.gone(),
                    disappearance.side());
            return;
        }
        store.disappearanceHolds().hold(cycle.object(), cycle.runId(), disappearance.side(), disappearance.gone(),
                disappearance.linked());
        throw new MassDisappearanceHeld(disappearance.describe());
    }

    /**
     * For a dry run: notes in the cycle that a cycle would be held now, recording nothing and using no confirmation;
     * the dry run goes on, to show what the run would do once an operator confirms.
     */
    public void preview(CycleState cycle) {
        find(cycle).filter(disappearance -> !store.disappearanceHolds().confirmed(cycle.object()))
                .ifPresent(disappearance -> cycle.wouldHold(disappearance.describe()));
    }

    private Optional<DisappearanceCheck.Disappearance> find(CycleState cycle) {
        Map<Side, Integer> gone = new EnumMap<>(Side.class);
        for (SideRecord record : cycle.polledDeletes()) {
            if (links.find(cycle, record.side(), record.id()).filter(l -> l.status() == LinkStatus.ACTIVE).isPresent()) {
                gone.merge(record.side(), 1, Integer::sum);
            }
        }
        return gone.isEmpty() ? Optional.empty() : settings.get().disappearanceCheck()
                .check(store.links().count(cycle.object(), LinkStatus.ACTIVE), gone);
    }
}
