package io.contactsync.cycle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contactsync.mapping.RecordRejectedException;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactJson;
import io.contactsync.model.Side;
import io.contactsync.store.NewDeadLetter;
import io.contactsync.store.SyncStore;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The dead-letter channel's end: every record that could not be read or written is stored with the
 * reason and its payload, replayable, and counted in the run; never only logged. An operator's write that fails is
 * only marked failed: the operator is answered with the reason.
 */
public final class DeadLetterRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRecorder.class);

    private final SyncStore store;

    public DeadLetterRecorder(SyncStore store) {
        this.store = store;
    }

    /** Called with the failed exchange: a rejected record, one write command, or a writer's whole batch. */
    public void record(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        CycleState cycle = exchange.getProperty(CycleRoutes.CYCLE, CycleState.class);
        // a writer's body is the last answer or request when a call fails; the batch it sends is kept aside
        Object sending = exchange.getProperty(CycleRoutes.BATCH);
        Object body = sending != null ? sending : exchange.getMessage().getBody();
        String reason = reason(cause);
        if (cause instanceof RecordRejectedException rejected) {
            add(cycle, new NewDeadLetter(runId(cycle), rejected.side(), rejected.recordId(), "READ", rejected.payload(),
                    reason, false));
        } else if (body instanceof WriteCommand command) {
            failed(cycle, command, reason);
        } else if (body instanceof List<?> batch && !batch.isEmpty() && batch.get(0) instanceof WriteCommand) {
            batch.stream().map(WriteCommand.class::cast)
                    .filter(command -> command.outcome() == WriteCommand.Outcome.PENDING)
                    .forEach(command -> failed(cycle, command, reason));
        } else {
            add(cycle, new NewDeadLetter(runId(cycle), Side.SALESFORCE, null, "UNKNOWN",
                    body == null ? null : String.valueOf(body), reason, false));
        }
    }

    /** A write that failed for this record alone (a per-record error inside a successful batch call). */
    public void failed(CycleState cycle, WriteCommand command, String reason) {
        command.failed(reason);
        if (command.byOperator()) {
            // the operator sees the reason in the API's answer; their dead letter, if any, stays the one open
            LOG.info("Operator's write {} failed: {}", command, reason);
            return;
        }
        String payload = "{\"operation\":\"" + command.operation() + "\",\"patch\":"
                + ContactJson.toJson(command.patch().applyTo(Contact.empty()))
                + (command.linkId() == null ? "" : ",\"linkId\":\"" + command.linkId() + "\"")
                // the record the write came from: a failed create has no target id yet, only this names its record
                + source(command)
                // what the target held when the write was decided: a replay is not made over a newer edit
                + (command.expectedCurrent() == null ? "" : ",\"expected\":"
                        + ContactJson.toJson(command.expectedCurrent())) + "}";
        add(cycle, new NewDeadLetter(runId(cycle), command.side(), command.recordId(), command.operation().name(),
                payload, reason, true));
    }

    private static String source(WriteCommand command) {
        Side sourceSide = command.side().other();
        String sourceId = command.plan().recordId(sourceSide);
        return sourceId == null ? "" : ",\"source\":" + JsonNodeFactory.instance.objectNode()
                .put("side", sourceSide.name()).put("recordId", sourceId);
    }

    private void add(CycleState cycle, NewDeadLetter letter) {
        LOG.warn("Dead-lettered {} {} {}: {}", letter.side(), letter.operation(),
                letter.recordId() == null ? "(new)" : letter.recordId(), letter.error());
        store.deadLetters().add(letter);
        if (cycle != null) {
            cycle.counts().errors++;
            cycle.counts().deadLettered++;
        }
    }

    private static Long runId(CycleState cycle) {
        return cycle == null ? null : cycle.runId();
    }

    private static String reason(Exception cause) {
        if (cause == null) {
            return "failed without an exception";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
