package io.contactsync.sandbox.genesys;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * The emulator's contacts, ordered by id so that a scan cursor is simply the last id returned: contacts are
 * never re-sorted per page, none is returned twice, and none that exists for a whole scan is skipped. Writes
 * are atomic per contact (no lost or torn updates) and each one moves the contact's {@code modifyDate}
 * strictly forward, even when the clock stands still.
 */
final class GenesysContactStore {

    private final ConcurrentSkipListMap<String, ExternalContact> contacts = new ConcurrentSkipListMap<>();
    private final Clock clock;

    GenesysContactStore(Clock clock) {
        this.clock = clock;
    }

    ExternalContact create(ContactFields fields) {
        Instant now = now();
        while (true) {
            ExternalContact contact = new ExternalContact(UUID.randomUUID().toString(), fields, now, now);
            if (contacts.putIfAbsent(contact.id(), contact) == null) {
                return contact;
            }
        }
    }

    /** Creates all the contacts with the same create and modify date, as one seeding step. */
    void createAll(List<ContactFields> fields) {
        Instant now = now();
        for (ContactFields f : fields) {
            ExternalContact contact = new ExternalContact(UUID.randomUUID().toString(), f, now, now);
            contacts.putIfAbsent(contact.id(), contact);
        }
    }

    Optional<ExternalContact> get(String id) {
        return Optional.ofNullable(contacts.get(id));
    }

    /**
     * Atomically replaces the fields of the contact with {@code change(current contact)}; an exception thrown
     * by {@code change} leaves the contact as it was.
     *
     * @return the updated contact, or empty if there is no contact with this id
     */
    Optional<ExternalContact> update(String id, Function<ExternalContact, ContactFields> change) {
        return Optional.ofNullable(contacts.computeIfPresent(id, (key, current) -> new ExternalContact(key,
                change.apply(current), current.createDate(), nextModifyDate(current.modifyDate()))));
    }

    boolean delete(String id) {
        return contacts.remove(id) != null;
    }

    /** A read-only, weakly consistent view of the contacts by id, in id order: what a scan pages through. */
    NavigableMap<String, ExternalContact> byId() {
        return Collections.unmodifiableNavigableMap(contacts);
    }

    /** A weakly consistent view of all contacts in id order. */
    Collection<ExternalContact> all() {
        return contacts.values();
    }

    int size() {
        return contacts.size();
    }

    void clear() {
        contacts.clear();
    }

    private Instant nextModifyDate(Instant previous) {
        Instant now = now();
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
