package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.assertj.core.api.SoftAssertions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on the final state of both systems, read through their public APIs: whether every linked pair
 * holds the same values on both sides, and whether either side holds a contact twice.
 */
final class SyncAssertions {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "US";

    private SyncAssertions() {
    }

    /**
     * The state after a sync that converged: no duplicates on either side, every contact linked to exactly one
     * contact on the other side, and every linked pair holding the same values.
     */
    static void assertConverged(SandboxApis apis) {
        List<JsonNode> salesforce = apis.salesforceContacts();
        List<JsonNode> genesys = apis.genesysContacts();
        assertNoDuplicates(salesforce, genesys);
        assertBothSystemsAgree(salesforce, genesys);
        assertThat(salesforce).as("Salesforce contacts without a Genesys Cloud id")
                .allMatch(c -> !text(c, "External_Genesys_ID__c").isEmpty());
        assertThat(salesforce).as("one Salesforce contact for each Genesys Cloud contact").hasSameSizeAs(genesys);
    }

    /** Both sides hold exactly these emails (compared case-insensitively), each once. */
    static void assertEmailsOnBothSides(SandboxApis apis, Set<String> expected) {
        List<JsonNode> salesforce = apis.salesforceContacts();
        List<JsonNode> genesys = apis.genesysContacts();
        assertNoDuplicates(salesforce, genesys);
        assertThat(emails(salesforce, "Email")).as("emails in Salesforce").isEqualTo(expected);
        assertThat(emails(genesys, "workEmail")).as("emails in Genesys Cloud").isEqualTo(expected);
    }

    /** Emails are unique on each side, and no Genesys Cloud contact is the counterpart of two Salesforce ones. */
    static void assertNoDuplicates(List<JsonNode> salesforce, List<JsonNode> genesys) {
        assertThat(duplicates(salesforce, c -> lower(text(c, "Email")))).as("duplicate emails in Salesforce").isEmpty();
        assertThat(duplicates(genesys, c -> lower(text(c, "workEmail")))).as("duplicate emails in Genesys Cloud")
                .isEmpty();
        assertThat(duplicates(salesforce, c -> text(c, "External_Genesys_ID__c")))
                .as("Genesys Cloud contacts linked from two Salesforce contacts").isEmpty();
    }

    /**
     * For every Salesforce contact that names a Genesys Cloud contact, that contact exists, points back, and holds
     * the same names, title, email (case-insensitive), phones (as numbers) and city.
     */
    static void assertBothSystemsAgree(List<JsonNode> salesforce, List<JsonNode> genesys) {
        Map<String, JsonNode> genesysById = genesys.stream()
                .collect(Collectors.toMap(c -> text(c, "id"), Function.identity()));
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode contact : salesforce) {
            String genesysId = text(contact, "External_Genesys_ID__c");
            if (genesysId.isEmpty()) {
                continue;
            }
            String who = text(contact, "Id") + " <" + text(contact, "Email") + ">";
            JsonNode counterpart = genesysById.get(genesysId);
            softly.assertThat(counterpart).as("Genesys Cloud contact %s of %s", genesysId, who).isNotNull();
            if (counterpart == null) {
                continue;
            }
            softly.assertThat(text(counterpart, "externalSystemUrl")).as("link back of %s", who)
                    .endsWith("/" + text(contact, "Id") + "/view");
            softly.assertThat(text(counterpart, "firstName")).as("first name of %s", who)
                    .isEqualTo(text(contact, "FirstName"));
            softly.assertThat(text(counterpart, "lastName")).as("last name of %s", who)
                    .isEqualTo(text(contact, "LastName"));
            softly.assertThat(text(counterpart, "title")).as("title of %s", who).isEqualTo(text(contact, "Title"));
            softly.assertThat(lower(text(counterpart, "workEmail"))).as("email of %s", who)
                    .isEqualTo(lower(text(contact, "Email")));
            softly.assertThat(genesysPhone(counterpart.path("workPhone"))).as("work phone of %s", who)
                    .isEqualTo(phone(text(contact, "Phone")));
            softly.assertThat(genesysPhone(counterpart.path("cellPhone"))).as("mobile phone of %s", who)
                    .isEqualTo(phone(text(contact, "MobilePhone")));
            softly.assertThat(text(counterpart.path("address"), "city")).as("city of %s", who)
                    .isEqualTo(text(contact, "MailingCity"));
        }
        softly.assertAll();
    }

    static Set<String> emails(List<JsonNode> contacts, String field) {
        return contacts.stream().map(c -> lower(text(c, field))).filter(e -> !e.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The emails found on either side. */
    static Set<String> allEmails(SandboxApis apis) {
        Set<String> emails = emails(apis.salesforceContacts(), "Email");
        emails.addAll(emails(apis.genesysContacts(), "workEmail"));
        return emails;
    }

    private static List<String> duplicates(List<JsonNode> contacts, Function<JsonNode, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        contacts.stream().map(key).filter(k -> !k.isEmpty()).forEach(k -> counts.merge(k, 1, Integer::sum));
        List<String> duplicates = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n > 1) {
                duplicates.add(k + " (" + n + " times)");
            }
        });
        return duplicates;
    }

    private static String genesysPhone(JsonNode phone) {
        String e164 = text(phone, "e164");
        return e164.isEmpty() ? phone(text(phone, "display")) : e164;
    }

    /** The number in E.164, so that differently formatted entries of one number compare equal. */
    private static String phone(String text) {
        if (text.isEmpty()) {
            return "";
        }
        try {
            return PHONES.format(PHONES.parse(text, DEFAULT_REGION), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return text.replaceAll("\\D", "");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText().trim() : "";
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
