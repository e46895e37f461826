package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.SalesforceContactMapper;
import io.contactsync.model.Contact;
import io.contactsync.model.SideRecord;
import io.contactsync.salesforce.Soql;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.Supplier;

/**
 * Builds and reads the Salesforce writes of one batch: the freshness query run just before writing, and
 * sObject Collections requests (at most 200 records a call) for creates, updates and deletes, with their
 * per-record results. A record the target rejects fails alone; the rest of the batch is written.
 */
public final class SalesforceWriter {

    public static final int MAX_BATCH = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> TRANSIENT_ERRORS = Set.of("UNABLE_TO_LOCK_ROW", "REQUEST_RUNNING_TOO_LONG",
            "SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION");

    private final Supplier<SyncSettings> settings;
    private final DeadLetterRecorder deadLetters;

    public SalesforceWriter(Supplier<SyncSettings> settings, DeadLetterRecorder deadLetters) {
        this.settings = settings;
        this.deadLetters = deadLetters;
    }

    /** SOQL reading the current values of the records about to be changed; null when there are none. */
    public String freshnessQuery(List<WriteCommand> batch) {
        List<String> ids = WriteBatch.pendingChanges(batch).stream().map(WriteCommand::recordId).distinct().toList();
        return ids.isEmpty() ? null : Soql.byIds(mapper().sObject(), mapper().queryFields(), ids);
    }

    /** Leaves every record that changed since the poll (or was deleted) for the next cycle. */
    public void markStale(List<WriteCommand> batch, String queryAnswer) throws IOException {
        Map<String, SideRecord> current = new HashMap<>();
        for (MappingResult<SideRecord> result : mapper().readAll(JSON.readTree(queryAnswer).path("records"))) {
            if (result instanceof MappingResult.Mapped<SideRecord> mapped) {
                current.put(mapped.value().id(), mapped.value());
            }
        }
        WriteBatch.leaveStale(batch, current, "Salesforce");
    }

    /** The sObject Collections create request, or null when the batch creates nothing. */
    public String createRequest(List<WriteCommand> batch, CycleState cycle) {
        return collection(batch, WriteCommand.Operation.CREATE, cycle,
                command -> mapper().createRecord(command.patch().applyTo(Contact.empty()), command.linkId()));
    }

    /** The sObject Collections update request, or null when the batch updates nothing. */
    public String updateRequest(List<WriteCommand> batch, CycleState cycle) {
        return collection(batch, WriteCommand.Operation.UPDATE, cycle,
                command -> mapper().updateRecord(command.recordId(), command.patch(), command.linkId()));
    }

    /** The ids to delete, comma-separated, or null when the batch deletes nothing. */
    public String deleteIds(List<WriteCommand> batch) {
        List<WriteCommand> deletes = WriteBatch.pending(batch, WriteCommand.Operation.DELETE);
        return deletes.isEmpty() ? null : deletes.stream().map(WriteCommand::recordId).collect(Collectors.joining(","));
    }

    /** Reads the per-record results, in request order, of the call for {@code operation}. */
    public void results(List<WriteCommand> batch, String operation, String answer, CycleState cycle)
            throws IOException {
        WriteBatch.applyResults(batch, WriteCommand.Operation.valueOf(operation), JSON.readTree(answer), cycle,
                deadLetters, result -> result.path("id").asText(null), (result, written) -> null,
                result -> "Salesforce refused the " + operation.toLowerCase() + ": " + errors(result),
                SalesforceWriter::retryable);
    }

    /** A record refused because another transaction held it, which passes; any other refusal is about its values. */
    private static boolean retryable(JsonNode result) {
        for (JsonNode error : result.path("errors")) {
            if (TRANSIENT_ERRORS.contains(error.path("statusCode").asText(error.path("errorCode").asText()))) {
                return true;
            }
        }
        return false;
    }

    private String collection(List<WriteCommand> batch, WriteCommand.Operation operation, CycleState cycle,
                              Function<WriteCommand, MappingResult<ObjectNode>> body) {
        List<ObjectNode> records = WriteBatch.bodies(batch, operation, cycle, deadLetters, body);
        if (records.isEmpty()) {
            return null;
        }
        ObjectNode request = JSON.createObjectNode().put("allOrNone", false);
        request.putArray("records").addAll(records);
        return request.toString();
    }

    private static String errors(JsonNode result) {
        List<String> messages = new ArrayList<>();
        result.path("errors").forEach(e -> messages.add(e.path("statusCode").asText(e.path("errorCode").asText())
                + ": " + e.path("message").asText()));
        return messages.isEmpty() ? "no reason given" : String.join("; ", messages);
    }

    /** The mapper of the settings in use (see {@link ActiveSettings}). */
    private SalesforceContactMapper mapper() {
        return settings.get().salesforceMapper();
    }
}
