package io.contactsync.match;

import io.contactsync.model.Contact;
import io.contactsync.model.Echoes;

import java.util.Objects;

/**
 * A stored link between a Salesforce and a Genesys Cloud contact.
 *
 * @param base    what both sides last agreed on (stored with the link, from the first merge or create on)
 * @param echoes  what each side stored of base values the sync wrote where it stored them in another form
 * @param retired whether the link was retired after a delete (the survivor is no longer synced, and the deleted
 *                contact is never re-created)
 */
public record Link(String pairId, String salesforceId, String genesysId, Contact base, Echoes echoes,
                   boolean retired) {

    public Link {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(echoes, "echoes");
    }
}
