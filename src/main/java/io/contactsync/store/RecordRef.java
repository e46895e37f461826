package io.contactsync.store;

import io.contactsync.model.Side;

import java.util.Comparator;

/** A record in one of the two systems. */
public record RecordRef(Side side, String id) implements Comparable<RecordRef> {

    private static final Comparator<RecordRef> ORDER =
            Comparator.comparing(RecordRef::side).thenComparing(RecordRef::id);

    public RecordRef {
        if (side == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("A record reference needs a side and an id");
        }
    }

    public static RecordRef salesforce(String id) {
        return new RecordRef(Side.SALESFORCE, id);
    }

    public static RecordRef genesys(String id) {
        return new RecordRef(Side.GENESYS, id);
    }

    @Override
    public int compareTo(RecordRef other) {
        return ORDER.compare(this, other);
    }
}
