package io.contactsync.cycle;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.List;

/** Collects write commands of one side into a batch, the unit the writers send in one API call. */
public final class WriteBatchAggregation implements AggregationStrategy {

    @Override
    @SuppressWarnings("unchecked")
    public Exchange aggregate(Exchange batch, Exchange next) {
        WriteCommand command = next.getMessage().getBody(WriteCommand.class);
        if (batch == null) {
            List<WriteCommand> commands = new ArrayList<>();
            commands.add(command);
            next.getMessage().setBody(commands);
            return next;
        }
        batch.getMessage().getBody(List.class).add(command);
        return batch;
    }
}
