package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.MappingResult;
import io.contactsync.model.Contact;
import io.contactsync.model.Patch;
import io.contactsync.model.SideRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/** Selections over a batch of write commands that the writers share. */
public final class WriteBatch {

    private WriteBatch() {
    }

    /** A batch of one write: an operator's, which is not batched with others. */
    public static List<WriteCommand> single(WriteCommand command) {
        return List.of(command);
    }

    /** The commands of one operation still waiting to be written, in batch order. */
    public static List<WriteCommand> pending(List<WriteCommand> batch, WriteCommand.Operation operation) {
        return select(batch, c -> c.pending() && c.operation() == operation);
    }

    /** The updates and deletes still waiting: what the freshness check looks at. */
    public static List<WriteCommand> pendingChanges(List<WriteCommand> batch) {
        return select(batch, c -> c.pending() && c.operation() != WriteCommand.Operation.CREATE);
    }

    /** The writes the freshness check left for the next cycle: their targets changed since the poll. */
    public static List<WriteCommand> stale(List<WriteCommand> batch) {
        return select(batch, c -> c.outcome() == WriteCommand.Outcome.STALE);
    }

    /** The writes that successful creates of this batch made necessary on the other side. */
    public static List<WriteCommand> followUps(List<WriteCommand> batch) {
        return batch.stream().map(WriteCommand::followUp).filter(Objects::nonNull).toList();
    }

    /**
     * The freshness check before writing: every pending update or delete whose target is gone or no longer
     * holds the values the decision was based on is left for the next cycle instead of being overwritten.
     *
     * @param current the targets as read just now, by id
     * @param system  the target system's name, for the reason
     */
    public static void leaveStale(List<WriteCommand> batch, Map<String, SideRecord> current, String system) {
        for (WriteCommand command : pendingChanges(batch)) {
            SideRecord now = current.get(command.recordId());
            if (now == null || now.deleted()) {
                command.stale("deleted in " + system + " since the poll");
            } else if (command.expectedCurrent() != null
                    && !now.contact().values().equals(command.expectedCurrent().values())) {
                command.stale("changed in " + system + " since the poll");
            }
        }
    }

    /**
     * The request bodies of the pending commands of one operation, in batch order; a command whose body
     * cannot be built (a value the target would refuse) is dead-lettered and left out.
     */
    public static List<ObjectNode> bodies(List<WriteCommand> batch, WriteCommand.Operation operation,
                                          CycleState cycle, DeadLetterRecorder deadLetters,
                                          Function<WriteCommand, MappingResult<ObjectNode>> body) {
        List<ObjectNode> bodies = new ArrayList<>();
        for (WriteCommand command : pending(batch, operation)) {
            MappingResult<ObjectNode> built = body.apply(command);
            if (built instanceof MappingResult.Rejected<ObjectNode> rejected) {
                deadLetters.failed(cycle, command, rejected.reason(), false);
            } else {
                bodies.add(((MappingResult.Mapped<ObjectNode>) built).value());
            }
        }
        return bodies;
    }

    /**
     * Applies the per-record results of one call, which come in request order: the i-th result belongs to
     * the i-th pending command of the operation. A failed record is dead-lettered with the target's reason.
     *
     * @param newId     the record id a successful result names (for a create)
     * @param stored    the values a successful result shows the target stored of the patch written, or null when it
     *                  shows none
     * @param reason    why a failed result failed
     * @param retryable whether a failed result may succeed when tried again (else it waits for an edit)
     */
    public static void applyResults(List<WriteCommand> batch, WriteCommand.Operation operation, JsonNode results,
                                    CycleState cycle, DeadLetterRecorder deadLetters,
                                    Function<JsonNode, String> newId, BiFunction<JsonNode, Patch, Contact> stored,
                                    Function<JsonNode, String> reason, Predicate<JsonNode> retryable) {
        List<WriteCommand> sent = pending(batch, operation);
        for (int i = 0; i < sent.size(); i++) {
            WriteCommand command = sent.get(i);
            JsonNode result = results.path(i);
            if (result.path("success").asBoolean(false)) {
                String id = newId.apply(result);
                command.written(id == null || id.isBlank() ? command.recordId() : id,
                        stored.apply(result, command.patch()));
            } else {
                deadLetters.failed(cycle, command, reason.apply(result), retryable.test(result));
            }
        }
    }

    private static List<WriteCommand> select(List<WriteCommand> batch, Predicate<WriteCommand> filter) {
        return batch.stream().filter(filter).toList();
    }
}
