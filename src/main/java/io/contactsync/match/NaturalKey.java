package io.contactsync.match;

import io.contactsync.model.SideRecord;

import java.util.Optional;

/**
 * How an unlinked record finds its counterpart on the other side when neither a link nor an id written by the sync
 * names it: a contact by email (or phone), an organization by its name. Two records under one key may still be told
 * apart ({@link #tellApart}): then they are not taken for one, and an operator decides.
 */
public interface NaturalKey {

    /** The record's key ({@code email:ann@example.com}), or empty when it has nothing to match on. */
    Optional<String> keyOf(SideRecord record);

    /**
     * What two records sharing a key must not differ in to be one (an organization's website domain); empty when
     * the record has no such value, or the object has none.
     */
    default Optional<String> tellApart(SideRecord record) {
        return Optional.empty();
    }
}
