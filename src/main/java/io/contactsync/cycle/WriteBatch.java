package io.contactsync.cycle;

import java.util.List;
import java.util.function.Predicate;

/** Selections over a batch of write commands that the writers share. */
public final class WriteBatch {

    private WriteBatch() {
    }

    /** The commands of one operation still waiting to be written, in batch order. */
    public static List<WriteCommand> pending(List<WriteCommand> batch, WriteCommand.Operation operation) {
        return select(batch, c -> c.pending() && c.operation() == operation);
    }

    /** The updates and deletes still waiting: what the freshness check looks at. */
    public static List<WriteCommand> pendingChanges(List<WriteCommand> batch) {
        return select(batch, c -> c.pending() && c.operation() != WriteCommand.Operation.CREATE);
    }

    /** The writes that successful creates of this batch made necessary on the other side. */
    public static List<WriteCommand> followUps(List<WriteCommand> batch) {
        return batch.stream().map(WriteCommand::followUp).filter(java.util.Objects::nonNull).toList();
    }

    private static List<WriteCommand> select(List<WriteCommand> batch, Predicate<WriteCommand> filter) {
        return batch.stream().filter(filter).toList();
    }
}
