package io.contactsync.cycle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.RecordRejectedException;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactJson;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.NewDeadLetter;
import io.contactsync.store.RecordRef;
import io.contactsync.store.SyncStore;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The dead-letter channel's end: every record that could not be read or written is stored with the
 * reason and its payload, replayable, and counted in the run; never only logged. One record's failure is one dead
 * letter, whose attempts grow while it keeps failing. The record is also remembered for a later cycle to read again
 * (see {@link RequestedRecords}): after a growing back-off when retrying can help, or, when it cannot (the target
 * refused the values), once either side changes. An operator's write that fails is only marked failed: the operator
 * is answered with the reason.
 */
public final class DeadLetterRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRecorder.class);

    private final SyncStore store;
    private final ErrorClassifier classifier;
    private final RecordRetryBackoff backoff;

    public DeadLetterRecorder(SyncStore store, ErrorClassifier classifier, RecordRetryBackoff backoff) {
        this.store = store;
        this.classifier = classifier;
        this.backoff = backoff;
    }

    /** Called with the failed exchange: a rejected record, one write command, or a writer's whole batch. */
    public void record(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        CycleState cycle = exchange.getProperty(CycleRoutes.CYCLE, CycleState.class);
        // a writer's body is the last answer or request when a call fails; the batch it sends is kept aside
        Object sending = exchange.getProperty(CycleRoutes.BATCH);
        Object body = sending != null ? sending : exchange.getMessage().getBody();
        String reason = reason(cause);
        boolean retryable = cause != null && classifier.mayPassLater(cause);
        if (cause instanceof RecordRejectedException rejected) {
            add(cycle, new NewDeadLetter(object(cycle), runId(cycle), rejected.side(), rejected.recordId(), "READ",
                    rejected.payload(), reason, false, null));
            // read again once it changes: its dead letter is resolved when it then reads and syncs
            if (rejected.recordId() != null && !rejected.recordId().isBlank()
                    && !MappingResult.Rejected.UNKNOWN_ID.equals(rejected.recordId())) {
                retryLater(cycle, List.of(new RecordRef(rejected.side(), rejected.recordId())), reason, false);
            }
        } else if (body instanceof WriteCommand command) {
            failed(cycle, command, reason, retryable);
        } else if (body instanceof List<?> batch && !batch.isEmpty() && batch.get(0) instanceof WriteCommand) {
            batch.stream().map(WriteCommand.class::cast)
                    .filter(command -> command.outcome() == WriteCommand.Outcome.PENDING)
                    .forEach(command -> failed(cycle, command, reason, retryable));
        } else {
            add(cycle, new NewDeadLetter(object(cycle), runId(cycle), Side.SALESFORCE, null, "UNKNOWN",
                    body == null ? null : String.valueOf(body), reason, false, null));
        }
    }

    /** In a dry run, instead of {@link #record}: the cycle notes what would be dead-lettered, and why; nothing is stored. */
    public void noteDryRunFailure(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        CycleState cycle = exchange.getProperty(CycleRoutes.CYCLE, CycleState.class);
        // the records failing: the one unreadable, else the group being routed (the body is then a request or answer)
        PairGroup group = exchange.getProperty(CycleRoutes.GROUP, PairGroup.class);
        String record = cause instanceof RecordRejectedException rejected ? rejected.side() + " " + rejected.recordId()
                : group != null ? group.toString() : String.valueOf(exchange.getMessage().getBody());
        cycle.wouldFail(record, reason(cause));
    }

    /**
     * A write that failed for this record alone (a per-record error inside a successful batch call).
     *
     * @param retryable whether the same write may succeed later (a server error) or not before a record changes (the
     *                  target refused the values)
     */
    public void failed(CycleState cycle, WriteCommand command, String reason, boolean retryable) {
        command.failed(reason);
        if (command.byOperator()) {
            // the operator sees the reason in the API's answer; their dead letter, if any, stays the one open
            LOG.info("Operator's write {} failed: {}", command, reason);
            return;
        }
        String payload = "{\"operation\":\"" + command.operation() + "\",\"patch\":"
                + ContactJson.patchToJson(command.patch())
                + (command.linkId() == null ? "" : ",\"linkId\":\"" + command.linkId() + "\"")
                + sourceJson(source(command))
                // what the target held when the write was decided: a replay is not made over a newer edit
                + (command.expectedCurrent() == null ? "" : ",\"expected\":"
                        + ContactJson.toJson(command.expectedCurrent())) + "}";
        RecordRef source = source(command);
        add(cycle, new NewDeadLetter(object(cycle), runId(cycle), command.side(), command.recordId(),
                command.operation().name(), payload, reason, true, source));
        List<RecordRef> pair = new ArrayList<>(2);
        if (source != null) {
            pair.add(source);
        }
        if (command.recordId() != null) {
            pair.add(new RecordRef(command.side(), command.recordId()));
        }
        retryLater(cycle, pair, reason, retryable);
    }

    /** The record the write came from: a failed create has no target id yet, only this names its record. */
    private static RecordRef source(WriteCommand command) {
        Side sourceSide = command.side().other();
        String sourceId = command.plan().recordId(sourceSide);
        return sourceId == null ? null : new RecordRef(sourceSide, sourceId);
    }

    private static String sourceJson(RecordRef source) {
        return source == null ? "" : ",\"source\":" + JsonNodeFactory.instance.objectNode()
                .put("side", source.side().name()).put("recordId", source.id());
    }

    private void retryLater(CycleState cycle, List<RecordRef> records, String reason, boolean retryable) {
        store.refetches().failed(object(cycle), records, reason,
                (attempts, now) -> retryable ? now.plus(backoff.delayAfter(attempts)) : null);
    }

    private void add(CycleState cycle, NewDeadLetter letter) {
        boolean opened = store.deadLetters().add(letter).opened();
        LOG.warn("Dead-lettered {} {} {}{}: {}", letter.side(), letter.operation(),
                letter.recordId() == null ? "(new)" : letter.recordId(), opened ? "" : " (again)", letter.error());
        if (cycle != null) {
            cycle.counts().errors++;
            if (opened) {
                cycle.counts().deadLettered++;
            }
        }
    }

    private static Long runId(CycleState cycle) {
        return cycle == null ? null : cycle.runId();
    }

    /** The object the failing pass syncs; without a cycle's state, contacts (the object synced before any other). */
    private static MappedObject object(CycleState cycle) {
        return cycle == null ? MappedObject.CONTACT : cycle.object();
    }

    private static String reason(Exception cause) {
        if (cause == null) {
            return "failed without an exception";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
