package io.contactsync.match;

import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides what a group of records that share a correlation key amounts to. Never guesses: two candidates on one
 * side, or a record that names a counterpart that is not there, go to review instead of being merged or copied.
 */
public final class ContactMatcher {

    private final NaturalKey naturalKey;

    /** @param naturalKey what tells apart two records that share a key */
    public ContactMatcher(NaturalKey naturalKey) {
        this.naturalKey = naturalKey;
    }

    /**
     * @param key   the correlation key the group shares, for the review reason
     * @param group the records seen this cycle under that key; the same record seen twice (overlapping polls)
     *              counts once, at its latest version
     * @param link  the stored link when the key is one, else null
     */
    public MatchOutcome match(String key, List<SideRecord> group, Link link) {
        Collection<SideRecord> records = latestPerRecord(group);
        if (link != null && link.retired()) {
            return MatchOutcome.ignored(link, "the link was retired after a delete: not synced, not re-created");
        }
        List<SideRecord> considered = link != null ? List.copyOf(records)
                : records.stream().filter(record -> !record.deleted()).toList();
        if (considered.isEmpty()) {
            return MatchOutcome.ignored(null, "deleted, and never linked: nothing to do");
        }
        List<SideRecord> salesforce = onSide(considered, Side.SALESFORCE);
        List<SideRecord> genesys = onSide(considered, Side.GENESYS);
        if (salesforce.size() > 1 || genesys.size() > 1) {
            return MatchOutcome.ambiguous(considered, link, describe(salesforce.size(), genesys.size()) + " share "
                    + key + ": link the right ones or mark them distinct");
        }
        SideRecord sf = salesforce.isEmpty() ? null : salesforce.get(0);
        SideRecord gc = genesys.isEmpty() ? null : genesys.get(0);
        if (link != null) {
            return MatchOutcome.pair(sf, gc, link);
        }
        if (sf != null && gc != null) {
            Optional<String> salesforceTell = naturalKey.tellApart(sf);
            Optional<String> genesysTell = naturalKey.tellApart(gc);
            if (salesforceTell.isPresent() && genesysTell.isPresent() && !salesforceTell.equals(genesysTell)) {
                return MatchOutcome.ambiguous(considered, null, "the records share " + key + " but differ in "
                        + salesforceTell.get() + " (Salesforce " + sf.id() + ") and " + genesysTell.get()
                        + " (Genesys Cloud " + gc.id() + "): link them or mark them distinct");
            }
            return namesAnother(sf, gc) || namesAnother(gc, sf)
                    ? MatchOutcome.ambiguous(considered, null, "the records share " + key
                    + " but name different counterparts: Salesforce " + sf.id() + " names " + sf.otherSideId()
                    + ", Genesys Cloud " + gc.id() + " names " + gc.otherSideId())
                    : MatchOutcome.pair(sf, gc, null);
        }
        SideRecord alone = sf != null ? sf : gc;
        if (alone.otherSideId() != null) {
            return MatchOutcome.ambiguous(considered, null, SideNames.of(alone.side()) + " " + alone.id()
                    + " names " + SideNames.of(alone.side().other()) + " record " + alone.otherSideId() + ", which was not seen and is not "
                    + "linked: not creating a duplicate");
        }
        return MatchOutcome.only(alone);
    }

    private static Collection<SideRecord> latestPerRecord(List<SideRecord> group) {
        Map<String, SideRecord> latest = new LinkedHashMap<>();
        group.forEach(record -> latest.merge(record.side() + ":" + record.id(), record,
                (a, b) -> Comparator.comparing(SideRecord::modifiedAt).compare(a, b) >= 0 ? a : b));
        return latest.values();
    }

    private static List<SideRecord> onSide(List<SideRecord> records, Side side) {
        return records.stream().filter(record -> record.side() == side).collect(Collectors.toList());
    }

    private static boolean namesAnother(SideRecord record, SideRecord counterpart) {
        return record.otherSideId() != null && !record.otherSideId().equals(counterpart.id());
    }

    private static String describe(int salesforce, int genesys) {
        if (salesforce > 1 && genesys > 1) {
            return salesforce + " Salesforce and " + genesys + " Genesys Cloud records";
        }
        return salesforce > 1 ? salesforce + " Salesforce records" : genesys + " Genesys Cloud records";
    }
}
