package io.contactsync.cycle;

import io.contactsync.model.SideRecord;

import java.util.ArrayList;
import java.util.List;

/** The records of one cycle that share a correlation key: what the pair router decides on. */
public final class PairGroup {

    private final String key;
    private final List<SideRecord> records = new ArrayList<>(2);

    public PairGroup(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public List<SideRecord> records() {
        return records;
    }

    void add(SideRecord record) {
        records.add(record);
    }

    @Override
    public String toString() {
        return key + " " + records.stream().map(r -> r.side() + ":" + r.id()).toList();
    }
}
