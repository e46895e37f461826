package io.contactsync.cycle;

import io.contactsync.mapping.OrganizationIds;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.SyncStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A contact's organization through the organizations' links in the store: an Account and an external organization
 * stand for each other while their link is active, and still after one of them was deleted (so that a contact still
 * naming the one left does not read as moved). A link an operator or the delete policy undid stands for nothing. Read
 * once per id and cycle pass ({@link #forget()} as a pass begins, after the organizations' pass committed its links).
 */
public final class LinkedOrganizations implements OrganizationIds {

    private final SyncStore store;
    private final Supplier<SyncSettings> organizationSettings;
    /** What was read, by side and id: the two ids of a link that stands for its organization. */
    private final Map<String, Optional<LinkedPair>> read = new ConcurrentHashMap<>();

    private record LinkedPair(String salesforceId, String genesysId) {
    }

    /** @param organizationSettings the organizations' settings in use */
    public LinkedOrganizations(SyncStore store, Supplier<SyncSettings> organizationSettings) {
        this.store = store;
        this.organizationSettings = organizationSettings;
    }

    @Override
    public Optional<String> salesforceId(String genesysOrganizationId) {
        return linked(Side.GENESYS, genesysOrganizationId).map(LinkedPair::salesforceId);
    }

    @Override
    public Optional<String> genesysId(String salesforceAccountId) {
        return linked(Side.SALESFORCE, salesforceAccountId).map(LinkedPair::genesysId);
    }

    @Override
    public boolean unlinkedReadsAsNone() {
        return organizationSettings.get().mapping().direction() == FieldDirection.SALESFORCE_TO_GENESYS;
    }

    /** Forgets what was read, so that links made since are seen. */
    public void forget() {
        read.clear();
    }

    private Optional<LinkedPair> linked(Side side, String id) {
        return read.computeIfAbsent(side + ":" + id, key -> store.links().findByRecordId(side, id)
                .filter(link -> link.object() == MappedObject.ORGANIZATION && link.status() != LinkStatus.UNLINKED
                        && link.recordId(side.other()) != null)
                .map(link -> new LinkedPair(link.salesforceId(), link.genesysId())));
    }
}
