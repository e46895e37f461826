package io.contactsync.match;

import io.contactsync.model.FieldDirection;
import io.contactsync.model.Side;

/**
 * What a one-way deployment ({@code direction: SALESFORCE_TO_GENESYS} or the reverse in the mapping file) leaves
 * out: a contact found only in the target system is not created in the source, and nothing else of the source is
 * written but, where the mapping allows it, the target's id in the source record. Field values need nothing here:
 * every field of a one-way mapping is owned by the source, so resolvers never patch the source.
 */
public final class OneWayMode {

    private final Side source;
    private final boolean linkIdsInSource;

    /** @param linkIdsInSource whether the source records get the target's id (the only write to the source) */
    public OneWayMode(FieldDirection direction, boolean linkIdsInSource) {
        this.source = direction.owner();
        this.linkIdsInSource = linkIdsInSource;
    }

    /** The source system, or null when the sync goes both ways. */
    public Side source() {
        return source;
    }

    /** A contact only in the target is left alone: one-way never creates anything in the source. */
    public MatchOutcome restrict(MatchOutcome outcome) {
        Side targetOnly = source == null ? null : source.other();
        boolean onlyInTarget = targetOnly == Side.SALESFORCE && outcome.kind() == MatchOutcome.Kind.ONLY_SALESFORCE
                || targetOnly == Side.GENESYS && outcome.kind() == MatchOutcome.Kind.ONLY_GENESYS;
        if (!onlyInTarget) {
            return outcome;
        }
        return MatchOutcome.ignored(null, "one-way from " + SideNames.of(source) + ": "
                + SideNames.of(targetOnly) + " contact " + (targetOnly == Side.SALESFORCE ? outcome.salesforce() : outcome.genesys()).id() + " is not created in "
                + SideNames.of(source));
    }

    /** Whether the sync may write the other side's id into a record of this side. */
    public boolean writesLinkIdTo(Side side) {
        return side != source || linkIdsInSource;
    }
}
