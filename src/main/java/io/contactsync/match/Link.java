package io.contactsync.match;

import io.contactsync.model.Contact;

import java.util.Objects;

/**
 * A stored link between a Salesforce and a Genesys Cloud contact.
 *
 * @param base    what both sides last agreed on (stored with the link, from the first merge or create on)
 * @param retired whether the link was retired after a delete (the survivor is no longer synced, and the deleted
 *                contact is never re-created)
 */
public record Link(String pairId, String salesforceId, String genesysId, Contact base, boolean retired) {

    public Link {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(base, "base");
    }
}
