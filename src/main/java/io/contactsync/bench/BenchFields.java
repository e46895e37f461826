package io.contactsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.model.Side;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Custom fields for the {@code --fields=N} runs: the packaged mapping without its tags, plus text fields
 * {@code benchI} (Salesforce {@code Bench_I__c}, Genesys Cloud {@code customFields.benchI_text} of the data schema
 * {@value #SCHEMA}) up to N mapped fields. Every seeded contact gets a value in each, the same on both sides for a
 * person on both, so that the fields cost what real data costs: read, normalised, compared and, on creates,
 * written.
 */
final class BenchFields {

    static final String SCHEMA = "Bench fields";
    private static final int SALESFORCE_BATCH = 200;
    private static final int GENESYS_BATCH = 100;

    private final int extra;

    private BenchFields(int extra) {
        this.extra = extra;
    }

    /** @param total the mapped fields wanted; the packaged mapping's count or fewer means the packaged mapping */
    static BenchFields upTo(int total) {
        int packaged = FieldMapping.defaults().fields().size();
        return new BenchFields(total <= packaged ? 0 : total - (packaged - 1));
    }

    boolean packaged() {
        return extra == 0;
    }

    /** The mapping the sync runs with, written into the folder; null for the packaged one. */
    Path mappingIn(Path folder) {
        if (packaged()) {
            return null;
        }
        StringBuilder yaml = new StringBuilder("extends: classpath:" + FieldMapping.DEFAULT_RESOURCE + "\n"
                + "genesys:\n  schema: " + SCHEMA + "\nfields:\n  tags: ~\n");
        for (int i = 1; i <= extra; i++) {
            yaml.append("  bench").append(i).append(":\n    salesforce: { field: ").append(salesforceField(i))
                    .append(", maxLength: 255 }\n    genesys: { path: customFields.").append(genesysField(i))
                    .append(" }\n");
        }
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve("bench-mapping.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Declares the fields in both emulators (after a reset, which forgets them) and fills every seeded contact. */
    void declareAndFill(EmulatorClient client) {
        if (packaged()) {
            return;
        }
        ObjectNode declaration = EmulatorClient.JSON.createObjectNode().put("object", "Contact");
        ArrayNode fields = declaration.putArray("fields");
        ObjectNode properties = EmulatorClient.JSON.createObjectNode();
        for (int i = 1; i <= extra; i++) {
            fields.addObject().put("name", salesforceField(i)).put("type", "text").put("length", 255);
            properties.putObject(genesysField(i)).put("title", "Bench " + i).put("maxLength", 255)
                    .putArray("allOf").addObject().put("$ref", "#/definitions/text");
        }
        client.control(Side.SALESFORCE, "POST", "/fields", declaration);
        ObjectNode schema = EmulatorClient.JSON.createObjectNode().put("name", SCHEMA).put("enabled", true);
        schema.putObject("jsonSchema").put("$schema", "http://json-schema.org/draft-04/schema#").put("title", SCHEMA)
                .set("properties", properties);
        JsonNode created = client.genesys("POST", "/api/v2/externalcontacts/contacts/schemas", schema);
        fillSalesforce(client);
        fillGenesys(client, EmulatorClient.JSON.createObjectNode().put("id", created.path("id").asText())
                .put("version", created.path("version").asInt()));
    }

    private void fillSalesforce(EmulatorClient client) {
        List<ObjectNode> records = new ArrayList<>();
        for (JsonNode contact : client.salesforceContacts("Id, Email")) {
            ObjectNode record = EmulatorClient.JSON.createObjectNode();
            record.putObject("attributes").put("type", "Contact");
            record.put("id", contact.path("Id").asText());
            String email = contact.path("Email").asText("");
            for (int i = 1; i <= extra; i++) {
                record.put(salesforceField(i), value(email, i));
            }
            records.add(record);
        }
        for (List<ObjectNode> batch : batches(records, SALESFORCE_BATCH)) {
            ObjectNode body = EmulatorClient.JSON.createObjectNode().put("allOrNone", false);
            body.putArray("records").addAll(batch);
            client.salesforce("PATCH", "/composite/sobjects", body);
        }
    }

    private void fillGenesys(EmulatorClient client, ObjectNode schemaReference) {
        List<ObjectNode> contacts = new ArrayList<>();
        for (JsonNode contact : client.genesysContacts()) {
            ObjectNode updated = ((ObjectNode) contact).deepCopy();
            updated.set("schema", schemaReference.deepCopy());
            ObjectNode custom = updated.putObject("customFields");
            String email = contact.path("workEmail").asText("");
            for (int i = 1; i <= extra; i++) {
                custom.put(genesysField(i), value(email, i));
            }
            contacts.add(updated);
        }
        for (List<ObjectNode> batch : batches(contacts, GENESYS_BATCH)) {
            ObjectNode body = EmulatorClient.JSON.createObjectNode();
            body.putArray("entities").addAll(batch);
            client.genesys("POST", "/api/v2/externalcontacts/bulk/contacts/update", body);
        }
    }

    /** The same for a person on both sides (by email), so that filling makes no conflicts. */
    private static String value(String email, int field) {
        return "value " + field + " of " + Integer.toHexString(email.toLowerCase(java.util.Locale.ROOT).hashCode());
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return batches;
    }

    private static String salesforceField(int i) {
        return "Bench_" + i + "__c";
    }

    private static String genesysField(int i) {
        return "bench" + i + "_text";
    }
}
