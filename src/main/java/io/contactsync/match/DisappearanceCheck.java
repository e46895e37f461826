package io.contactsync.match;

import io.contactsync.model.MassDisappearance;
import io.contactsync.model.Side;

import java.util.Map;
import java.util.Optional;

/**
 * Decides whether what a run found gone looks like a mass disappearance (an emptied sandbox, a wrong org, a scan
 * that ended early) rather than people deleting contacts: more than the threshold's fraction of the linked contacts
 * gone from one side, with at least its minimum of links. Such a run must not act before an operator confirms.
 */
public final class DisappearanceCheck {

    /** Linked contacts gone from one side in one run, out of all linked contacts. */
    public record Disappearance(Side side, int gone, long linked) {

        public String describe() {
            return gone + " of " + linked + " linked contacts are gone from " + SideNames.of(side)
                    + ": the run was held before acting on it; confirm with POST /api/sync/confirm-disappearance"
                    + " if the deletes are real";
        }
    }

    private final MassDisappearance limit;

    public DisappearanceCheck(MassDisappearance limit) {
        this.limit = limit;
    }

    /**
     * @param linked     the active links before the run
     * @param goneBySide the linked contacts the run found deleted or missing, per side
     * @return the side (the one with most gone) whose disappearance holds the run, if any
     */
    public Optional<Disappearance> check(long linked, Map<Side, Integer> goneBySide) {
        if (linked < limit.minLinks() || linked == 0) {
            return Optional.empty();
        }
        return goneBySide.entrySet().stream()
                .filter(entry -> entry.getValue() > limit.maxFraction() * linked)
                .max(Map.Entry.comparingByValue())
                .map(entry -> new Disappearance(entry.getKey(), entry.getValue(), linked));
    }
}
