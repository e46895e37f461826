package io.contactsync.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Contact;
import io.contactsync.model.GenesysProperty;
import io.contactsync.model.ContactField;
import io.contactsync.model.Patch;
import io.contactsync.model.SalesforceIds;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Genesys Cloud ExternalContact JSON to and from canonical form. Reads need {@code id} and {@code modifyDate};
 * phone fields are PhoneNumber objects (read: {@code e164}, else {@code display}, plus {@code extension}). Because
 * a Genesys Cloud update is a PUT that replaces the whole contact, an update body is the current contact with the
 * patch applied: every field not in the patch, mapped or not, is kept.
 *
 * <p>Custom fields ({@code customFields.<name>}) need the contact's data schema: a contact that gets its first
 * custom field is given the mapping's schema. A mapped picklist's Genesys Cloud values are translated to and from
 * Salesforce's, which are the canonical ones.
 *
 * <p>The pseudo-path {@code notes} is the contact's notes as {@link ContactNotes} reads them from the {@code notes}
 * array the poll attaches: read-only, never written (neither on update nor on create), and a note's change is a
 * change of the record (its modification time is the later of {@code modifyDate} and the notes' last change).
 *
 * <p>The link to Salesforce is {@code externalSystemUrl}: {@code <instance>/lightning/r/Contact/<id>/view}.
 */
public final class GenesysContactMapper extends SideRecordReader {

    private static final Side SIDE = Side.GENESYS;
    static final String EXTERNAL_SYSTEM_URL = "externalSystemUrl";
    /** PhoneNumber properties the server derives from {@code display}; stale once the number changes. */
    private static final List<String> DERIVED_PHONE_PROPERTIES = List.of("e164", "userInput", "countryCode",
            "display", "extension");

    private final FieldMapping mapping;
    private final ValueNormalizer normalizer;
    private final String salesforceInstanceUrl;
    private final SchemaReferences schemas;
    private final OrganizationIds organizations;

    /**
     * @param salesforceInstanceUrl the Salesforce instance the record URLs point to, e.g. https://acme.my.salesforce.com
     * @param schemas               the data schema reference a contact needs when it gets custom fields
     * @param organizations         what a contact's organization stands for in Salesforce, and the reverse
     */
    public GenesysContactMapper(FieldMapping mapping, ValueNormalizer normalizer, String salesforceInstanceUrl,
                                SchemaReferences schemas, OrganizationIds organizations) {
        super(SIDE, "id");
        this.mapping = mapping;
        this.normalizer = normalizer;
        this.salesforceInstanceUrl = salesforceInstanceUrl.replaceAll("/+$", "");
        this.schemas = schemas;
        this.organizations = organizations;
    }

    /**
     * Finds the {@code schema} object ({@code id} and {@code version}) of a Genesys Cloud External Contact data
     * schema by name. Genesys Cloud refuses custom fields on a contact that does not name its schema.
     */
    @FunctionalInterface
    public interface SchemaReferences {
        /** The schema object to put in a contact, or empty when no schema of that name exists. */
        Optional<ObjectNode> reference(String schemaName);

        /** For mappings without custom fields. */
        SchemaReferences NONE = name -> Optional.empty();
    }

    /** The URL written into {@code externalSystemUrl}: opens the Salesforce record and names its id. */
    public String externalSystemUrl(String salesforceId) {
        return salesforceInstanceUrl + "/lightning/r/" + mapping.object().salesforceObject() + "/" + salesforceId
                + "/view";
    }

    /** The Salesforce id (18-character form) at the end of a record URL, whatever the instance. */
    public static Optional<String> salesforceIdFromUrl(String url) {
        return SalesforceIds.fromUrl(url);
    }

    @Override
    SideRecord toSideRecord(ObjectNode record) {
        String id = record.get("id").asText();
        CanonicalReader.Read read = CanonicalReader.read(mapping, normalizer, field -> rawValue(record, field));
        String salesforceId = salesforceIdFromUrl(JsonRecords.text(record, EXTERNAL_SYSTEM_URL)).orElse(null);
        return new SideRecord(SIDE, id, modifiedAt(record), read.contact(), salesforceId, null, false,
                read.warnings(), JsonRecords.time(record, "createDate"));
    }

    /** The later of the contact's {@code modifyDate} and its attached notes' last change: a note is part of it. */
    private static Instant modifiedAt(ObjectNode record) {
        Instant contact = JsonRecords.requireTime(record, "modifyDate");
        return ContactNotes.lastChange(ContactNotes.attachedTo(record)).filter(contact::isBefore).orElse(contact);
    }

    private CanonicalReader.RawValue rawValue(ObjectNode record, FieldMapping.MappedField field) {
        if (ContactNotes.isNotes(field)) {
            return CanonicalReader.RawValue.of(ContactNotes.text(ContactNotes.attachedTo(record)));
        }
        JsonNode parent = record;
        List<String> segments = field.genesys().segments();
        for (String segment : segments.subList(0, segments.size() - 1)) {
            parent = parent.path(segment);
        }
        String leaf = segments.get(segments.size() - 1);
        JsonNode value = parent.get(leaf);
        if (field.type() == FieldType.PHONE && value != null && value.isObject()) {
            String number = JsonRecords.text(value, "e164");
            number = number == null || number.isBlank() ? JsonRecords.text(value, "display") : number;
            String extension = JsonRecords.text(value, "extension");
            return CanonicalReader.RawValue.of(number == null || extension == null ? number
                    : number + ValueNormalizer.EXTENSION + extension);
        }
        if (value != null && value.isArray() && field.type() != FieldType.TAGS) {
            // a list property (an organization's websites) holds the field's value in its first entry
            value = value.path(0);
            return CanonicalReader.RawValue.of(value.isValueNode() && !value.isNull() ? value.asText() : null);
        }
        String text = JsonRecords.fieldText(parent, leaf);
        if (field.type() == FieldType.REFERENCE) {
            return CanonicalReader.RawValue.of(text == null || text.isBlank() ? null : salesforceAccount(text));
        }
        if (field.values().isEmpty() || text == null || text.isBlank()) {
            return CanonicalReader.RawValue.of(text);
        }
        return field.values().entrySet().stream()
                .filter(entry -> entry.getValue().equals(text.strip()))
                .map(entry -> CanonicalReader.RawValue.of(entry.getKey()))
                .findFirst()
                .orElse(new CanonicalReader.RawValue(text, "no Salesforce value maps to this Genesys Cloud value;"
                        + " kept as typed"));
    }

    private String salesforceAccount(String genesysOrganizationId) {
        return organizations.salesforceId(genesysOrganizationId).orElseGet(() -> {
            if (organizations.unlinkedReadsAsNone()) {
                return null;
            }
            throw new MappingFailure("its external organization " + genesysOrganizationId + " is not linked to a"
                    + " Salesforce Account yet: the contact waits until the organization is synced");
        });
    }

    private String genesysOrganization(String salesforceAccountId) {
        return organizations.genesysId(salesforceAccountId).orElseThrow(() -> new MappingFailure("its Account "
                + salesforceAccountId + " is not linked to a Genesys Cloud external organization yet: the contact"
                + " waits until the organization is synced"));
    }

    /**
     * The full contact to PUT: {@code currentJson} (fetched just before writing) with the patch applied.
     *
     * @param linkSalesforceId the Salesforce id to record in {@code externalSystemUrl}, or null to leave it
     */
    public MappingResult<ObjectNode> updateBody(String currentJson, Patch patch, String linkSalesforceId) {
        ObjectNode current;
        try {
            current = JsonRecords.requireObject(JsonRecords.MAPPER.readTree(currentJson));
        } catch (JsonProcessingException | MappingFailure e) {
            return new MappingResult.Rejected<>(SIDE, MappingResult.Rejected.UNKNOWN_ID,
                    "current contact is not a JSON object: " + e.getMessage(), currentJson);
        }
        String id = current.path("id").asText(MappingResult.Rejected.UNKNOWN_ID);
        return MappingFailure.capture(SIDE, id, String.valueOf(patch.changes()), () -> {
            ObjectNode body = current.deepCopy();
            applyPatch(body, patch);
            if (linkSalesforceId != null) {
                body.put(EXTERNAL_SYSTEM_URL, externalSystemUrl(linkSalesforceId));
            }
            return body;
        });
    }

    /**
     * What Genesys Cloud stored of a patch, from the contact its answer to the write shows: that contact's values,
     * except the notes, which the sync never sends: none of them was stored otherwise than the patch had it, so no
     * echo is taken of them, and the next read of the contact shows its notes as they are.
     */
    public Contact storedOf(Contact answered, Patch written) {
        Contact stored = answered;
        for (Map.Entry<ContactField, String> change : written.changes().entrySet()) {
            FieldMapping.MappedField field = mapping.fields().get(change.getKey());
            if (field != null && ContactNotes.isNotes(field)) {
                stored = stored.with(change.getKey(), change.getValue());
            }
        }
        return stored;
    }

    /** A new contact for POST (or bulk add), linked to the Salesforce contact it was created from. */
    public MappingResult<ObjectNode> createBody(Contact contact, String salesforceId) {
        return MappingFailure.capture(SIDE, "(new, from Salesforce " + salesforceId + ")", String.valueOf(contact),
                () -> {
                    ObjectNode body = JsonRecords.MAPPER.createObjectNode();
                    applyPatch(body, Patch.creating(contact));
                    body.put(EXTERNAL_SYSTEM_URL, externalSystemUrl(salesforceId));
                    return body;
                });
    }

    private void applyPatch(ObjectNode body, Patch patch) {
        boolean customFieldWritten = false;
        for (Map.Entry<ContactField, String> change : patch.changes().entrySet()) {
            FieldMapping.MappedField field = mapping.fields().get(change.getKey());
            if (field == null) {
                throw new MappingFailure(change.getKey().jsonName() + " is not mapped to a Genesys Cloud field");
            }
            if (ContactNotes.isNotes(field)) {
                continue; // read-only: notes are written in Genesys Cloud by its agents, never by the sync
            }
            FieldMapping.GenesysTarget genesys = field.genesys();
            String value = change.getValue() == null ? null : field.values().getOrDefault(change.getValue(),
                    change.getValue());
            JsonRecords.checkLength(change.getKey(), value, genesys.maxLength(), "Genesys Cloud " + genesys.path());
            if (field.type() == FieldType.REFERENCE) {
                // the whole reference is replaced: the previous organization's selfUri must not stay with a new id
                setReference(body, genesys.segments().get(0), value == null ? null : genesysOrganization(value));
                continue;
            }
            set(body, field, genesys.segments(), value);
            customFieldWritten |= FieldMapping.isCustomField(field);
        }
        if (customFieldWritten && !body.path("schema").hasNonNull("id")) {
            body.set("schema", schemas.reference(mapping.genesysSchema()).orElseThrow(() -> new MappingFailure(
                    "no Genesys Cloud data schema named '" + mapping.genesysSchema() + "' holds the custom fields")));
        }
    }

    private static void setReference(ObjectNode body, String property, String id) {
        if (id == null) {
            body.remove(property);
        } else {
            body.putObject(property).put("id", id);
        }
    }

    private void set(ObjectNode body, FieldMapping.MappedField field, List<String> path, String value) {
        String leaf = path.get(path.size() - 1);
        if (path.size() > 1) {
            String head = path.get(0);
            JsonNode child = body.get(head);
            ObjectNode object = child instanceof ObjectNode existing ? existing : body.putObject(head);
            set(object, field, path.subList(1, path.size()), value);
            if (object.isEmpty()) {
                body.remove(head);
            }
        } else if (value == null) {
            body.remove(leaf);
        } else if (field.type() == FieldType.PHONE) {
            body.set(leaf, phoneNumber(body.get(leaf), value));
        } else if (mapping.object().genesysProperty(field.genesys().path()).filter(GenesysProperty::isList)
                .isPresent()) {
            body.set(leaf, firstEntry(body.get(leaf), value));
        } else {
            body.set(leaf, JsonRecords.fieldValue(field.type(), value, true));
        }
    }

    /** The list with its first entry replaced by the value; the other entries stay. */
    private static JsonNode firstEntry(JsonNode previous, String value) {
        var list = JsonRecords.MAPPER.createArrayNode().add(value);
        if (previous != null && previous.isArray()) {
            for (int i = 1; i < previous.size(); i++) {
                list.add(previous.get(i));
            }
        }
        return list;
    }

    /** A PhoneNumber for the canonical value, keeping the settings of the one it replaces (e.g. acceptsSMS). */
    private static ObjectNode phoneNumber(JsonNode previous, String value) {
        ObjectNode phone = previous instanceof ObjectNode existing ? existing.deepCopy()
                : JsonRecords.MAPPER.createObjectNode();
        phone.remove(DERIVED_PHONE_PROPERTIES);
        int extensionAt = value.indexOf(ValueNormalizer.EXTENSION);
        String extension = extensionAt < 0 ? null : value.substring(extensionAt + ValueNormalizer.EXTENSION.length());
        if (extension != null && extension.matches("\\d{1,18}")) {
            phone.put("display", value.substring(0, extensionAt));
            phone.put("extension", Long.parseLong(extension));
        } else {
            phone.put("display", value);
        }
        return phone;
    }
}
