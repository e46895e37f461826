package io.contactsync.store;

/**
 * The new base of a pair after a successful sync: snapshot JSON, its hash, the normalised email and the echoes (JSON,
 * see {@link ContactLink}; {@code {}} for none), or null echoes to keep the stored ones: a write that does not read
 * back what the target stored (an operator's) leaves them, and an echo no longer applies once the base moves on.
 */
public record BaseUpdate(String baseSnapshot, String baseHash, String baseEmail, String baseEchoes) {

    /** A new base that keeps the stored echoes. */
    public BaseUpdate(String baseSnapshot, String baseHash, String baseEmail) {
        this(baseSnapshot, baseHash, baseEmail, null);
    }
}
