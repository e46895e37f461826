package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The single-contact operations, shared by the one-contact endpoints and each item of the bulk endpoints. */
final class ContactOperations {

    private final GenesysContactStore store;
    private final SchemaStore schemas;
    private final NoteStore notes;
    private final Supplier<GenesysBehaviour> behaviour;

    ContactOperations(GenesysContactStore store, SchemaStore schemas, NoteStore notes,
                      Supplier<GenesysBehaviour> behaviour) {
        this.store = store;
        this.schemas = schemas;
        this.notes = notes;
        this.behaviour = behaviour;
    }

    ExternalContact get(String id) {
        return store.get(id).orElseThrow(() -> EmulatedGenesysError.notFound(id));
    }

    ExternalContact create(JsonNode contact) {
        return store.create(withCustomFields(validated(contact), null));
    }

    /**
     * Replaces the contact (or, when so configured, merges the sent non-null fields into it).
     *
     * @param ifMatch the request's {@code If-Match} header, checked against modifyDate only when so configured
     */
    ExternalContact update(String id, JsonNode contact, String ifMatch) {
        ContactFields sent = validated(contact);
        GenesysBehaviour b = behaviour.get();
        return store.update(id, current -> {
            if (b.enforceIfMatch() && ifMatch != null) {
                String expected = GenesysDates.format(current.modifyDate());
                if (!ifMatch.replace("\"", "").trim().equals(expected)) {
                    throw new EmulatedGenesysError(412, "precondition.failed", "If-Match " + ifMatch
                            + " does not match the contact's modifyDate " + expected + ".");
                }
            }
            ContactFields next = b.replaceOnUpdate() ? sent
                    : GenesysJson.overlay(current.fields(), sent, ContactFields.class);
            return withCustomFields(next, current);
        }).orElseThrow(() -> EmulatedGenesysError.notFound(id));
    }

    void delete(String id) {
        if (!store.delete(id)) {
            throw EmulatedGenesysError.notFound(id);
        }
        notes.deleteOf(id);
    }

    private ContactFields validated(JsonNode contact) {
        return ContactValidator.validate(GenesysJson.convert(contact, ContactFields.class), behaviour.get());
    }

    /**
     * The contact with its schema reference resolved to {@code {id, version}} (the latest version when none
     * was sent) and its custom fields checked against that version.
     *
     * @param current the contact being updated, null on create: a disabled schema stays on the contacts that
     *                already had it, but cannot be given to others
     * @throws EmulatedGenesysError 400 naming the schema or each bad custom field
     */
    private ContactFields withCustomFields(ContactFields fields, ExternalContact current) {
        JsonNode ref = fields.schema();
        JsonNode customFields = fields.customFields();
        if (ref == null || ref.isNull()) {
            if (customFields != null && !customFields.isNull()
                    && !(customFields.isObject() && customFields.isEmpty())) {
                throw invalid("customFields", "need the contact's schema: send schema {\"id\",\"version\"}");
            }
            return fields.withCustomFields(null, null);
        }
        DataSchema schema = schemaOf(ref, current);
        List<FieldError> errors = new ArrayList<>();
        ObjectNode stored = CustomFieldValidator.validate(schema.definition(), customFields, errors);
        if (!errors.isEmpty()) {
            throw EmulatedGenesysError.invalidFields(errors);
        }
        ObjectNode storedRef = GenesysJson.MAPPER.createObjectNode().put("id", schema.id())
                .put("version", schema.version());
        return fields.withCustomFields(storedRef, stored.isEmpty() ? null : stored);
    }

    private DataSchema schemaOf(JsonNode ref, ExternalContact current) {
        String id = ref.path("id").asText("").trim();
        if (id.isEmpty()) {
            throw invalid("schema.id", "is required");
        }
        JsonNode version = ref.get("version");
        Optional<DataSchema> found = version == null || version.isNull() ? schemas.latest(id)
                : version.canConvertToInt() ? schemas.version(id, version.asInt()) : Optional.empty();
        DataSchema schema = found.orElseThrow(() -> invalid("schema", "no schema " + id
                + (version == null || version.isNull() ? "" : " has version " + version) + " exists"));
        boolean keptSchema = current != null && current.fields().schema() != null
                && id.equals(current.fields().schema().path("id").asText());
        if (!keptSchema && !schemas.latest(id).map(DataSchema::enabled).orElse(false)) {
            throw invalid("schema", "the schema " + id + " is disabled: it cannot be given to a contact");
        }
        return schema;
    }

    private static EmulatedGenesysError invalid(String field, String problem) {
        return EmulatedGenesysError.invalidFields(List.of(new FieldError(field, null, problem)));
    }
}
