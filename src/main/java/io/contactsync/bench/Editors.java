package io.contactsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The people who change contacts between two cycles: {@code k} distinct linked contacts, alternately a new
 * title in Salesforce (as the demo editor) and a new mobile phone in Genesys Cloud, through the public APIs.
 * The contacts are drawn by a seeded shuffle of the emails present on both sides, so that contact-sync and
 * the baseline, run on the same seed, get exactly the same edits.
 */
final class Editors {

    private final EmulatorClient editor;
    private final long seed;
    private int round;

    Editors(EmulatorClient editor, long seed) {
        this.editor = editor;
        this.seed = seed;
    }

    /** Makes {@code k} edits (fewer if fewer contacts are linked); returns how many were made. */
    int edit(int k) {
        round++;
        if (k == 0) {
            return 0;
        }
        Map<String, String> salesforceIds = new HashMap<>();
        editor.salesforceContacts("Id, Email").forEach(c -> salesforceIds.put(key(c, "Email"), c.path("Id").asText()));
        Map<String, JsonNode> genesys = new HashMap<>();
        editor.genesysContacts().forEach(c -> genesys.put(key(c, "workEmail"), c));
        List<String> emails = new ArrayList<>(salesforceIds.keySet());
        emails.retainAll(genesys.keySet());
        emails.remove("");
        Collections.sort(emails);
        Collections.shuffle(emails, new Random(seed * 31 + round));
        int edits = Math.min(k, emails.size());
        for (int i = 0; i < edits; i++) {
            String email = emails.get(i);
            if (i % 2 == 0) {
                editor.updateSalesforceContact(salesforceIds.get(email),
                        EmulatorClient.JSON.createObjectNode().put("Title", "Title " + round + "-" + i));
            } else {
                ObjectNode contact = ((ObjectNode) genesys.get(email)).deepCopy();
                contact.putObject("cellPhone").put("display", String.format("+1 317 %03d %04d", 200 + round % 800, i % 10_000));
                editor.replaceGenesysContact(contact.path("id").asText(), contact);
            }
        }
        return edits;
    }

    private static String key(JsonNode contact, String field) {
        return contact.path(field).asText("").trim().toLowerCase(Locale.ROOT);
    }
}
