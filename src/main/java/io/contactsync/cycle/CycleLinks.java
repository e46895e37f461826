package io.contactsync.cycle;

import io.contactsync.match.Link;
import io.contactsync.match.LinkLookup;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactJson;
import io.contactsync.model.Echoes;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.ContactLink;
import io.contactsync.store.SyncStore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored links as one cycle sees them: looked up in bulk per polled page (no query per record) and
 * remembered for the rest of the cycle.
 */
public final class CycleLinks {

    private final SyncStore store;

    public CycleLinks(SyncStore store) {
        this.store = store;
    }

    /** Looks up the links of many records of one side with one query, and remembers them. */
    public void prefetch(CycleState cycle, Side side, Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> !cycle.linkCache().containsKey(key(side, id))).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, ContactLink> found = store.links().findByRecordIds(side, missing);
        for (String id : missing) {
            remember(cycle, side, id, Optional.ofNullable(found.get(id)));
        }
    }

    public Optional<ContactLink> find(CycleState cycle, Side side, String id) {
        Optional<ContactLink> cached = cycle.linkCache().get(key(side, id));
        if (cached != null) {
            return cached;
        }
        Optional<ContactLink> link = store.links().findByRecordId(side, id);
        remember(cycle, side, id, link);
        return link;
    }

    /** The stored row behind the engine's view of a link. */
    public Optional<ContactLink> stored(CycleState cycle, Link link) {
        if (link.salesforceId() != null) {
            return find(cycle, Side.SALESFORCE, link.salesforceId());
        }
        return find(cycle, Side.GENESYS, link.genesysId());
    }

    /** The link of the first record of the group that has one. */
    public Optional<ContactLink> forAny(CycleState cycle, Collection<SideRecord> records) {
        for (SideRecord record : records) {
            Optional<ContactLink> link = find(cycle, record.side(), record.id());
            if (link.isPresent()) {
                return link;
            }
        }
        return Optional.empty();
    }

    /** The view of the links the correlation keys need. */
    public LinkLookup lookup(CycleState cycle) {
        return (side, id) -> find(cycle, side, id).map(ContactLink::pairId);
    }

    /** The engine's view of a stored link. */
    public static Link toLink(ContactLink link) {
        Contact base = link.baseSnapshot() == null ? Contact.empty() : ContactJson.fromJson(link.baseSnapshot());
        return new Link(link.pairId(), link.salesforceId(), link.genesysId(), base, Echoes.fromJson(link.baseEchoes()),
                link.isTombstone());
    }

    /** Forgets a record's link after the cycle changed it. */
    void forget(CycleState cycle, Side side, String id) {
        if (id != null) {
            cycle.linkCache().remove(key(side, id));
        }
    }

    private static void remember(CycleState cycle, Side side, String id, Optional<ContactLink> link) {
        cycle.linkCache().put(key(side, id), link);
        link.ifPresent(l -> {
            Side other = side.other();
            String otherId = l.recordId(other);
            if (otherId != null) {
                cycle.linkCache().putIfAbsent(key(other, otherId), link);
            }
        });
    }

    private static String key(Side side, String id) {
        return side.name() + ":" + id;
    }
}
