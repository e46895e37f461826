package io.contactsync.cycle;

import io.contactsync.model.SideRecord;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/** Collects the records sharing a correlation key into one {@link PairGroup}. */
public final class PairGroupAggregation implements AggregationStrategy {

    public static final String KEY_HEADER = "CorrelationKey";

    @Override
    public Exchange aggregate(Exchange group, Exchange next) {
        SideRecord record = next.getMessage().getBody(SideRecord.class);
        if (group == null) {
            PairGroup pairGroup = new PairGroup(next.getMessage().getHeader(KEY_HEADER, String.class));
            pairGroup.add(record);
            next.getMessage().setBody(pairGroup);
            return next;
        }
        group.getMessage().getBody(PairGroup.class).add(record);
        return group;
    }
}
