package io.contactsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * The fields the original brief's code copies between the systems (names, email, phones; title added so that
 * both syncs move the same fields), read from either side's JSON and written in either side's shape.
 * Phones compare by their last ten digits, emails case-insensitively, so a formatting difference is no change.
 */
record BaselineContact(String firstName, String lastName, String email, String title, String workPhone,
                       String mobilePhone) {

    static BaselineContact fromSalesforce(JsonNode c) {
        return new BaselineContact(text(c, "FirstName"), text(c, "LastName"), text(c, "Email"), text(c, "Title"),
                text(c, "Phone"), text(c, "MobilePhone"));
    }

    static BaselineContact fromGenesys(JsonNode c) {
        return new BaselineContact(text(c, "firstName"), text(c, "lastName"), text(c, "workEmail"), text(c, "title"),
                text(c.path("workPhone"), "display"), text(c.path("cellPhone"), "display"));
    }

    String emailKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    boolean sameAs(BaselineContact other) {
        return firstName.equals(other.firstName) && lastName.equals(other.lastName)
                && emailKey().equals(other.emailKey()) && title.equals(other.title)
                && digits(workPhone).equals(digits(other.workPhone))
                && digits(mobilePhone).equals(digits(other.mobilePhone));
    }

    ObjectNode asSalesforce() {
        ObjectNode body = EmulatorClient.JSON.createObjectNode();
        body.put("FirstName", firstName).put("LastName", lastName).put("Email", nullIfEmpty(email))
                .put("Title", nullIfEmpty(title)).put("Phone", nullIfEmpty(workPhone))
                .put("MobilePhone", nullIfEmpty(mobilePhone));
        return body;
    }

    /** This contact's values over {@code contact} (a whole Genesys Cloud contact, for a PUT), or a new one. */
    ObjectNode asGenesys(ObjectNode contact) {
        contact.put("firstName", firstName).put("lastName", lastName).put("workEmail", nullIfEmpty(email))
                .put("title", nullIfEmpty(title));
        setPhone(contact, "workPhone", workPhone);
        setPhone(contact, "cellPhone", mobilePhone);
        return contact;
    }

    private static void setPhone(ObjectNode contact, String field, String display) {
        if (display.isEmpty()) {
            contact.remove(field);
        } else {
            contact.putObject(field).put("display", display);
        }
    }

    private static String digits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText().trim() : "";
    }

    private static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }
}
