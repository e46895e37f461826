package io.contactsync.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stable JSON form of a canonical {@link Contact}, as the store keeps a base snapshot, and its hash.
 *
 * <p>Fields appear in the order of their names, under their {@link ContactField#jsonName()}; fields without a
 * value are left out, and {@code "unsettled"} (a list of field names) appears only when a field is unsettled.
 * So the same contact always gives the same text and the same hash, and adding a canonical field later does not
 * change the hash of existing snapshots.
 */
public final class ContactJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UNSETTLED = "unsettled";

    private ContactJson() {
    }

    public static String toJson(Contact contact) {
        ObjectNode node = MAPPER.createObjectNode();
        contact.values().forEach((field, value) -> node.put(field.jsonName(), value));
        if (!contact.unsettled().isEmpty()) {
            ArrayNode unsettled = node.putArray(UNSETTLED);
            contact.unsettled().forEach(field -> unsettled.add(field.jsonName()));
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings always serialises", e);
        }
    }

    /** The patch as a JSON object of the fields it writes, a field it clears as {@code null}. */
    public static String patchToJson(Patch patch) {
        ObjectNode node = MAPPER.createObjectNode();
        patch.changes().forEach((field, value) -> node.put(field.jsonName(), value));
        return node.toString();
    }

    /**
     * Parses the form written by {@link #patchToJson(Patch)}.
     *
     * @throws IllegalArgumentException on malformed JSON or a name that cannot be a field's
     */
    public static Patch patchFromJson(String json) {
        Map<ContactField, String> changes = new TreeMap<>();
        object(json).fields().forEachRemaining(entry -> changes.put(field(entry.getKey()),
                entry.getValue().isNull() ? null : entry.getValue().asText()));
        return new Patch(changes);
    }

    /**
     * Parses the form written by {@link #toJson(Contact)}.
     *
     * @throws IllegalArgumentException on malformed JSON or a name that cannot be a field's
     */
    public static Contact fromJson(String json) {
        JsonNode node = object(json);
        Contact contact = Contact.empty();
        TreeSet<ContactField> unsettled = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (UNSETTLED.equals(entry.getKey())) {
                entry.getValue().forEach(name -> unsettled.add(field(name.asText())));
            } else {
                contact = contact.with(field(entry.getKey()), entry.getValue().isNull() ? null
                        : entry.getValue().asText());
            }
        }
        return contact.withUnsettled(unsettled);
    }

    private static JsonNode object(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a canonical contact JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("Not a canonical contact JSON object: " + json);
        }
        return node;
    }

    /** SHA-256 (hex) of {@link #toJson(Contact)}. */
    public static String hash(Contact contact) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(toJson(contact).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static ContactField field(String name) {
        return new ContactField(name);
    }
}
