package io.contactsync.match;

import io.contactsync.model.ContactPair;
import io.contactsync.model.SideRecord;

import java.util.List;

/**
 * What a group of records sharing a correlation key amounts to. Routes switch on {@link #kind()}.
 *
 * @param salesforce the Salesforce record (PAIR, ONLY_SALESFORCE), or null
 * @param genesys    the Genesys Cloud record (PAIR, ONLY_GENESYS), or null
 * @param link       the stored link, or null when there is none
 * @param candidates the records an operator must look at (AMBIGUOUS)
 * @param reason     why the group is AMBIGUOUS or IGNORED; null otherwise
 */
public record MatchOutcome(Kind kind, SideRecord salesforce, SideRecord genesys, Link link,
                           List<SideRecord> candidates, String reason) {

    public enum Kind {
        /** One record per side, or one side and a stored link: resolve it. */
        PAIR,
        /** Only in Salesforce and never linked: create it in Genesys Cloud. */
        ONLY_SALESFORCE,
        /** Only in Genesys Cloud and never linked: create it in Salesforce. */
        ONLY_GENESYS,
        /** No safe match: no merge, no create; a review item with the candidates and the reason. */
        AMBIGUOUS,
        /** Nothing to do: a deleted contact that was never linked, or a pair whose link was retired. */
        IGNORED
    }

    public MatchOutcome {
        candidates = List.copyOf(candidates);
    }

    static MatchOutcome pair(SideRecord salesforce, SideRecord genesys, Link link) {
        return new MatchOutcome(Kind.PAIR, salesforce, genesys, link, List.of(), null);
    }

    static MatchOutcome only(SideRecord record) {
        return switch (record.side()) {
            case SALESFORCE -> new MatchOutcome(Kind.ONLY_SALESFORCE, record, null, null, List.of(), null);
            case GENESYS -> new MatchOutcome(Kind.ONLY_GENESYS, null, record, null, List.of(), null);
        };
    }

    static MatchOutcome ambiguous(List<SideRecord> candidates, Link link, String reason) {
        return new MatchOutcome(Kind.AMBIGUOUS, null, null, link, candidates, reason);
    }

    static MatchOutcome ignored(Link link, String reason) {
        return new MatchOutcome(Kind.IGNORED, null, null, link, List.of(), reason);
    }

    /**
     * The pair to classify and resolve (PAIR only): both records, the link's base and echoes; without a link, the base a
     * copy the sync created stands for ({@link RecoveredBase}).
     */
    public ContactPair contactPair() {
        if (kind != Kind.PAIR) {
            throw new IllegalStateException("Only a PAIR has a contact pair, this is " + kind);
        }
        return link == null ? new ContactPair(salesforce, genesys, RecoveredBase.of(salesforce, genesys))
                : new ContactPair(salesforce, genesys, link.base(), link.echoes());
    }
}
