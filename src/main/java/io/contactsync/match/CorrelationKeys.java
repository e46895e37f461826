package io.contactsync.match;

import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.util.Optional;

/**
 * The key the routes aggregate records on, so that the two sides of one person (or organization) meet. In order of
 * trust:
 * <ol>
 *   <li>{@code link:<pairId>} - a stored link;</li>
 *   <li>{@code sf:<salesforceId>} - the other side's id that the sync wrote into the record (a Salesforce
 *       record carrying a Genesys Cloud id keys on its own id; a Genesys Cloud record keys on the Salesforce id
 *       in its {@code externalSystemUrl});</li>
 *   <li>the object's {@link NaturalKey}: {@code email:}, {@code phone:} for contacts, {@code company:} for
 *       organizations;</li>
 *   <li>{@code record:<side>:<id>} - nothing to match on: the record stands alone.</li>
 * </ol>
 * A deleted record without a link keys alone ({@code deleted:<side>:<id>}): there is nothing to pair it with.
 */
public final class CorrelationKeys {

    private final LinkLookup links;
    private final NaturalKey naturalKey;

    public CorrelationKeys(LinkLookup links, NaturalKey naturalKey) {
        this.links = links;
        this.naturalKey = naturalKey;
    }

    /** The key of the records of a linked pair. */
    public static String ofLink(String pairId) {
        return "link:" + pairId;
    }

    public String keyFor(SideRecord record) {
        Optional<String> pairId = links.pairIdFor(record.side(), record.id());
        if (pairId.isPresent()) {
            return ofLink(pairId.get());
        }
        if (record.deleted()) {
            return "deleted:" + record.side() + ":" + record.id();
        }
        if (record.otherSideId() != null) {
            return "sf:" + (record.side() == Side.SALESFORCE ? record.id() : record.otherSideId());
        }
        return naturalKey.keyOf(record).orElse("record:" + record.side() + ":" + record.id());
    }
}
