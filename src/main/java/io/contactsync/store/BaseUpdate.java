package io.contactsync.store;

/** The new base of a pair after a successful sync: snapshot JSON, its hash and the normalised email. */
public record BaseUpdate(String baseSnapshot, String baseHash, String baseEmail) {
}
