package io.contactsync.match;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.model.SideRecord;

import java.util.Set;

/**
 * Builds a pair from a table row. Cells: {@code -} not seen (for the base: never synced), {@code base} the base
 * values, {@code edited} other values, {@code deleted} deleted; a base cell {@code unsettled} is the base with a
 * field marked unsettled.
 */
final class PairStateTable {

    private static final Contact BASE = Contact.empty().with(ContactField.LAST_NAME, "Lovelace")
            .with(ContactField.EMAIL, "ada@example.com");

    private PairStateTable() {
    }

    static ContactPair pair(String salesforce, String genesys, String base) {
        Contact baseContact = switch (base) {
            case "-" -> null;
            case "unsettled" -> BASE.withUnsettled(Set.of(ContactField.EMAIL));
            default -> BASE;
        };
        return new ContactPair(record(Records.salesforce("003A"), salesforce),
                record(Records.genesys("g-1"), genesys), baseContact);
    }

    private static SideRecord record(Records records, String cell) {
        return switch (cell) {
            case "-" -> null;
            case "base" -> records.with(ContactField.LAST_NAME, "Lovelace").with(ContactField.EMAIL,
                    "ada@example.com").build();
            case "edited" -> records.with(ContactField.LAST_NAME, "King").with(ContactField.EMAIL,
                    "ada@example.com").build();
            case "deleted" -> records.deleted().build();
            default -> throw new IllegalArgumentException("Unknown cell " + cell);
        };
    }
}
