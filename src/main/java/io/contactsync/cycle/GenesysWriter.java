package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.MappingResult;
import io.contactsync.model.Contact;
import io.contactsync.model.Patch;
import io.contactsync.model.SideRecord;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds and reads the Genesys Cloud writes of one batch through the bulk endpoints: a bulk fetch of the
 * records about to change (their current values for the freshness check, and the whole object, because an
 * update replaces it), then bulk add, update and remove with per-item results.
 */
public final class GenesysWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SyncSettings> settings;
    private final DeadLetterRecorder deadLetters;

    public GenesysWriter(Supplier<SyncSettings> settings, DeadLetterRecorder deadLetters) {
        this.settings = settings;
        this.deadLetters = deadLetters;
    }

    /** The bulk fetch of the records about to change, or null when there are none. */
    public String fetchRequest(List<WriteCommand> batch) {
        List<WriteCommand> changes = WriteBatch.pendingChanges(batch);
        return changes.isEmpty() ? null : entities(changes, c -> JSON.createObjectNode().put("id", c.recordId()));
    }

    /**
     * Keeps each record's current JSON; leaves every record that changed since the poll for the next cycle. A
     * cycle's record is compared with its notes as the cycle read them (the poll read it so); an operator's, read
     * alone, without.
     *
     * @param cycle the cycle writing, or null for an operator's write
     */
    public void fetched(List<WriteCommand> batch, String answer, CycleState cycle) throws IOException {
        Map<String, SideRecord> current = new HashMap<>();
        Map<String, String> currentJson = new HashMap<>();
        for (JsonNode result : JSON.readTree(answer).path("results")) {
            JsonNode contact = result.has("entity") ? result.path("entity") : result;
            JsonNode asRead = cycle == null ? contact : cycle.genesysNotes().withNotes(contact);
            if (result.path("success").asBoolean(true) && contact.hasNonNull("id")
                    && mapper().read(asRead) instanceof MappingResult.Mapped<SideRecord> mapped) {
                current.put(mapped.value().id(), mapped.value());
                currentJson.put(mapped.value().id(), contact.toString());
            }
        }
        WriteBatch.pendingChanges(batch).forEach(command -> command.current(currentJson.get(command.recordId())));
        WriteBatch.leaveStale(batch, current, "Genesys Cloud");
    }

    public String addRequest(List<WriteCommand> batch, CycleState cycle) {
        return bodies(batch, WriteCommand.Operation.CREATE, cycle,
                c -> mapper().createBody(c.patch().applyTo(Contact.empty()), c.linkId()));
    }

    public String updateRequest(List<WriteCommand> batch, CycleState cycle) {
        return bodies(batch, WriteCommand.Operation.UPDATE, cycle,
                c -> mapper().updateBody(c.currentJson(), c.patch(), c.linkId()));
    }

    public String removeRequest(List<WriteCommand> batch) {
        List<WriteCommand> deletes = WriteBatch.pending(batch, WriteCommand.Operation.DELETE);
        return deletes.isEmpty() ? null : entities(deletes, c -> JSON.createObjectNode().put("id", c.recordId()));
    }

    /** Reads the per-item results, in request order, of the bulk call for {@code operation}. */
    public void results(List<WriteCommand> batch, String operation, String answer, CycleState cycle)
            throws IOException {
        WriteBatch.applyResults(batch, WriteCommand.Operation.valueOf(operation), JSON.readTree(answer).path("results"),
                cycle, deadLetters, result -> result.path("id").asText(result.path("entity").path("id").asText(null)),
                this::stored, result -> "Genesys Cloud refused the " + operation.toLowerCase() + ": "
                        + result.path("error").path("code").asText("error") + ": "
                        + result.path("error").path("message").asText("no reason given"),
                GenesysWriter::retryable);
    }

    /** A refusal the item's error marks retryable, or a throttling or server error. */
    private static boolean retryable(JsonNode result) {
        JsonNode error = result.path("error");
        int status = error.path("status").asInt(0);
        return error.path("retryable").asBoolean(false) || status == 429 || status >= 500;
    }

    /**
     * The values Genesys Cloud stored of the patch written, as the entity of a bulk add or update result shows
     * them; null without one.
     */
    private Contact stored(JsonNode result, Patch written) {
        return result.path("entity").isObject()
                && mapper().read(result.path("entity")) instanceof MappingResult.Mapped<SideRecord> mapped
                ? mapper().storedOf(mapped.value().contact(), written) : null;
    }

    private String bodies(List<WriteCommand> batch, WriteCommand.Operation operation, CycleState cycle,
                          Function<WriteCommand, MappingResult<ObjectNode>> body) {
        List<ObjectNode> entities = WriteBatch.bodies(batch, operation, cycle, deadLetters, body);
        if (entities.isEmpty()) {
            return null;
        }
        ObjectNode request = JSON.createObjectNode();
        request.putArray("entities").addAll(entities);
        return request.toString();
    }

    private static String entities(List<WriteCommand> commands, Function<WriteCommand, ObjectNode> entity) {
        ObjectNode request = JSON.createObjectNode();
        commands.forEach(c -> request.withArray("entities").add(entity.apply(c)));
        return request.toString();
    }

    /**
     * The bulk endpoint of the records of the object whose pass runs, for an operation ({@code add}, {@code update},
     * {@code remove}; empty: the bulk fetch): {@code /api/v2/externalcontacts/bulk/contacts/add}.
     */
    public String bulkPath(String operation) {
        String collection = "/api/v2/externalcontacts/bulk/" + settings.get().mapping().object().genesysCollection();
        return operation.isEmpty() ? collection : collection + "/" + operation;
    }

    /** The mapper of the settings in use (see {@link ActiveSettings}). */
    private GenesysContactMapper mapper() {
        return settings.get().genesysMapper();
    }
}
