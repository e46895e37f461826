package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The single-record operations on contacts or organizations, shared by the one-record endpoints and each item
 * of the bulk endpoints: what differs between the kinds is their {@link Kind}, their data schemas and what a
 * delete does to the records that refer to the deleted one.
 *
 * @param <F> the client-writable fields
 * @param <R> the stored record
 */
final class RecordOperations<F extends CustomFieldHolder<F>, R extends StoredRecord<F>> {

    /**
     * What sets one kind of record apart.
     *
     * @param noun       the record's name in messages, e.g. {@code organization}
     * @param type       the client-writable fields a request body is read into
     * @param validator  checks sent fields and returns them as stored
     * @param references checks, throwing an {@link EmulatedGenesysError}, that the records the fields to be stored
     *                   refer to exist, given the current fields (null on create)
     */
    record Kind<F>(String noun, Class<F> type, BiFunction<F, GenesysBehaviour, F> validator,
                   BiConsumer<F, F> references) {
    }

    private final Kind<F> kind;
    private final GenesysRecordStore<F, R> store;
    private final SchemaStore schemas;
    private final Consumer<String> afterDelete;
    private final Supplier<GenesysBehaviour> behaviour;

    /**
     * @param afterDelete what a delete does to what refers to the deleted record (notes, contacts), given its id
     */
    RecordOperations(Kind<F> kind, GenesysRecordStore<F, R> store, SchemaStore schemas, Consumer<String> afterDelete,
                     Supplier<GenesysBehaviour> behaviour) {
        this.kind = kind;
        this.store = store;
        this.schemas = schemas;
        this.afterDelete = afterDelete;
        this.behaviour = behaviour;
    }

    String noun() {
        return kind.noun();
    }

    R get(String id) {
        return store.get(id).orElseThrow(() -> EmulatedGenesysError.notFound(kind.noun(), id));
    }

    R create(JsonNode record) {
        F fields = validated(record);
        kind.references().accept(fields, null);
        return store.create(withCustomFields(fields, null));
    }

    /**
     * Replaces the record (or, when so configured, merges the sent non-null fields into it).
     *
     * @param ifMatch the request's {@code If-Match} header, checked against modifyDate only when so configured
     */
    R update(String id, JsonNode record, String ifMatch) {
        F sent = validated(record);
        GenesysBehaviour b = behaviour.get();
        return store.update(id, current -> {
            if (b.enforceIfMatch() && ifMatch != null) {
                String expected = GenesysDates.format(current.modifyDate());
                if (!ifMatch.replace("\"", "").trim().equals(expected)) {
                    throw new EmulatedGenesysError(412, "precondition.failed", "If-Match " + ifMatch
                            + " does not match the " + kind.noun() + "'s modifyDate " + expected + ".");
                }
            }
            F next = b.replaceOnUpdate() ? sent : GenesysJson.overlay(current.fields(), sent, kind.type());
            kind.references().accept(next, current.fields());
            return withCustomFields(next, current);
        }).orElseThrow(() -> EmulatedGenesysError.notFound(kind.noun(), id));
    }

    void delete(String id) {
        if (!store.delete(id)) {
            throw EmulatedGenesysError.notFound(kind.noun(), id);
        }
        afterDelete.accept(id);
    }

    private F validated(JsonNode record) {
        return kind.validator().apply(GenesysJson.convert(record, kind.type()), behaviour.get());
    }

    /**
     * The record with its schema reference resolved to {@code {id, version}} (the latest version when none
     * was sent) and its custom fields checked against that version.
     *
     * @param current the record being updated, null on create: a disabled schema stays on the records that
     *                already had it, but cannot be given to others
     * @throws EmulatedGenesysError 400 naming the schema or each bad custom field
     */
    private F withCustomFields(F fields, R current) {
        JsonNode ref = fields.schema();
        JsonNode customFields = fields.customFields();
        if (ref == null || ref.isNull()) {
            if (customFields != null && !customFields.isNull()
                    && !(customFields.isObject() && customFields.isEmpty())) {
                throw invalid("customFields", "need the " + kind.noun()
                        + "'s schema: send schema {\"id\",\"version\"}");
            }
            return fields.withCustomFields(null, null);
        }
        DataSchema schema = schemaOf(ref, current);
        List<FieldError> errors = new ArrayList<>();
        ObjectNode stored = CustomFieldValidator.validate(schema.definition(), customFields, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        ObjectNode storedRef = GenesysJson.MAPPER.createObjectNode().put("id", schema.id())
                .put("version", schema.version());
        return fields.withCustomFields(storedRef, stored.isEmpty() ? null : stored);
    }

    private DataSchema schemaOf(JsonNode ref, R current) {
        String id = ref.path("id").asText("").trim();
        if (id.isEmpty()) {
            throw invalid("schema.id", "is required");
        }
        JsonNode version = ref.get("version");
        Optional<DataSchema> found = version == null || version.isNull() ? schemas.latest(id)
                : version.canConvertToInt() ? schemas.version(id, version.asInt()) : Optional.empty();
        DataSchema schema = found.orElseThrow(() -> invalid("schema", "no " + kind.noun() + " schema " + id
                + (version == null || version.isNull() ? "" : " has version " + version) + " exists"));
        boolean keptSchema = current != null && current.fields().schema() != null
                && id.equals(current.fields().schema().path("id").asText());
        if (!keptSchema && !schemas.latest(id).map(DataSchema::enabled).orElse(false)) {
            throw invalid("schema", "the schema " + id + " is disabled: it cannot be given to a " + kind.noun());
        }
        return schema;
    }

    private EmulatedGenesysError invalid(String field, String problem) {
        return invalid(List.of(new FieldError(field, null, problem)));
    }

    private EmulatedGenesysError invalid(List<FieldError> errors) {
        return EmulatedGenesysError.invalidFields("The " + kind.noun() + " is invalid", errors);
    }
}
