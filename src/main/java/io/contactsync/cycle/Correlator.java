package io.contactsync.cycle;

import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.RecordRejectedException;
import io.contactsync.match.CorrelationKeys;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Gives each polled record the correlation key the aggregator pairs on. A record that could not be read
 * becomes a {@link RecordRejectedException}, which the error handler dead-letters while the rest go on.
 */
public final class Correlator {

    private static final String LINK_KEY = "link:";

    private final CycleLinks links;
    private final boolean matchByPhone;

    public Correlator(CycleLinks links, boolean matchByPhone) {
        this.links = links;
        this.matchByPhone = matchByPhone;
    }

    public SideRecord record(MappingResult<SideRecord> result, CycleState cycle) {
        if (result instanceof MappingResult.Rejected<SideRecord> rejected) {
            throw new RecordRejectedException(rejected);
        }
        SideRecord record = ((MappingResult.Mapped<SideRecord>) result).value();
        cycle.processed(record);
        return record;
    }

    /**
     * The record's correlation key. A Genesys Cloud contact tied by an id to a Salesforce contact polled in this
     * cycle, where only one of the two names the other (the write of the other id failed), takes that contact's
     * key, so that the two meet instead of each being created again on the other side.
     */
    public String keyFor(SideRecord record, CycleState cycle) {
        String key = new CorrelationKeys(links.lookup(cycle), matchByPhone).keyFor(record);
        if (record.deleted() || key.startsWith(LINK_KEY)) {
            return key;
        }
        if (record.side() == Side.SALESFORCE) {
            cycle.salesforceKeyed(record.id(), record.otherSideId(), key);
            return key;
        }
        return cycle.keyOfSalesforceTiedTo(record.id(), record.otherSideId())
                .filter(salesforceKey -> !salesforceKey.startsWith(LINK_KEY)).orElse(key);
    }

    /** Looks up the links of a page of records at once. */
    public void prefetch(CycleState cycle, List<MappingResult<SideRecord>> page) {
        page.stream().filter(r -> r instanceof MappingResult.Mapped<SideRecord>)
                .map(r -> ((MappingResult.Mapped<SideRecord>) r).value())
                .collect(Collectors.groupingBy(SideRecord::side,
                        Collectors.mapping(SideRecord::id, Collectors.toList())))
                .forEach((side, ids) -> links.prefetch(cycle, side, ids));
    }
}
