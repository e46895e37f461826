package io.contactsync.store;

/** A new base for a pair, to be stored only if the pair is still at {@code expectedVersion}. */
public record BaseChange(String pairId, long expectedVersion, BaseUpdate update) {
}
