package io.contactsync.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Salesforce Contact JSON (as SOQL and the REST API return it) to and from canonical form. Reads need {@code Id}
 * and {@code SystemModstamp}, and take {@code IsDeleted}, {@code LastModifiedById} and the Genesys id field when
 * present. Writes produce sObject Collections records ({@code attributes.type = Contact}), only with the fields
 * that change, {@code null} clearing one; a value longer than the mapping allows rejects the record.
 */
public final class SalesforceContactMapper extends SideRecordReader {

    private static final Side SIDE = Side.SALESFORCE;

    private final FieldMapping mapping;
    private final ValueNormalizer normalizer;

    public SalesforceContactMapper(FieldMapping mapping, ValueNormalizer normalizer) {
        super(SIDE, "Id");
        this.mapping = mapping;
        this.normalizer = normalizer;
    }

    /** The sObject the mapping maps: {@code Contact}, {@code Account}. */
    public String sObject() {
        return mapping.object().salesforceObject();
    }

    /** The SOQL field list the reads need: Id, the system fields, the Genesys id field and every mapped field. */
    public List<String> queryFields() {
        List<String> fields = new ArrayList<>(List.of("Id", "SystemModstamp", "LastModifiedById",
                "IsDeleted", mapping.salesforceGenesysIdField(), "CreatedDate"));
        mapping.fields().values().forEach(field -> fields.add(field.salesforce().field()));
        return List.copyOf(fields);
    }

    @Override
    SideRecord toSideRecord(ObjectNode record) {
        String id = record.get("Id").asText();
        CanonicalReader.Read read = CanonicalReader.read(mapping, normalizer,
                field -> CanonicalReader.RawValue.of(JsonRecords.fieldText(record, field.salesforce().field())));
        String genesysId = JsonRecords.text(record, mapping.salesforceGenesysIdField());
        return new SideRecord(SIDE, id, JsonRecords.requireTime(record, "SystemModstamp"), read.contact(),
                genesysId == null || genesysId.isBlank() ? null : genesysId.trim(),
                JsonRecords.text(record, "LastModifiedById"), record.path("IsDeleted").asBoolean(false),
                read.warnings(), JsonRecords.time(record, "CreatedDate"));
    }

    /**
     * An update record for {@code PATCH /composite/sobjects}: {@code id} plus the patched fields.
     *
     * @param linkGenesysId the Genesys Cloud id to record in the record, or null when it already carries it
     */
    public MappingResult<ObjectNode> updateRecord(String id, Patch patch, String linkGenesysId) {
        return MappingFailure.capture(SIDE, id, String.valueOf(patch.changes()), () -> {
            ObjectNode body = newRecord();
            body.put("id", id);
            putFields(body, patch);
            if (linkGenesysId != null) {
                body.put(mapping.salesforceGenesysIdField(), linkGenesysId);
            }
            return body;
        });
    }

    /** A create record for {@code POST /composite/sobjects}, carrying the Genesys Cloud id it was created from. */
    public MappingResult<ObjectNode> createRecord(Contact contact, String genesysId) {
        return MappingFailure.capture(SIDE, "(new, from Genesys " + genesysId + ")", String.valueOf(contact), () -> {
            mapping.fields().values().forEach(field -> {
                if (field.salesforce().isRequired() && contact.get(field.field()) == null) {
                    throw new MappingFailure("Salesforce requires " + field.salesforce().field() + " ("
                            + field.field().jsonName() + "), which is empty");
                }
            });
            ObjectNode body = newRecord();
            putFields(body, Patch.creating(contact));
            body.put(mapping.salesforceGenesysIdField(), genesysId);
            return body;
        });
    }

    private ObjectNode newRecord() {
        ObjectNode body = JsonRecords.MAPPER.createObjectNode();
        body.putObject("attributes").put("type", sObject());
        return body;
    }

    private void putFields(ObjectNode body, Patch patch) {
        for (Map.Entry<ContactField, String> change : patch.changes().entrySet()) {
            FieldMapping.MappedField field = mapping.fields().get(change.getKey());
            if (field == null) {
                throw new MappingFailure(change.getKey().jsonName() + " is not mapped to a Salesforce field");
            }
            FieldMapping.SalesforceTarget salesforce = field.salesforce();
            if (change.getValue() == null && salesforce.isRequired()) {
                throw new MappingFailure("Salesforce requires " + salesforce.field() + "; it cannot be cleared");
            }
            JsonRecords.checkLength(change.getKey(), change.getValue(), salesforce.maxLength(),
                    "Salesforce " + salesforce.field());
            body.set(salesforce.field(), JsonRecords.fieldValue(field.type(), change.getValue(), false));
        }
    }
}
