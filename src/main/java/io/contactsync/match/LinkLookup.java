package io.contactsync.match;

import io.contactsync.model.Side;

import java.util.Optional;

/** The stored links, as matching needs them; the state store implements it, tests use a map. */
@FunctionalInterface
public interface LinkLookup {

    /** The pair a record belongs to (including a retired link, so a deleted pair is never re-created). */
    Optional<String> pairIdFor(Side side, String id);
}
