package io.contactsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runs a parsed query over a set of records: filter, sort, limit. */
final class SoqlExecution {

    private SoqlExecution() {
    }

    /**
     * @param records        the candidate records, in creation order
     * @param includeDeleted whether records in the recycle bin take part (queryAll) or not (query)
     */
    static List<SObjectRecord> run(SoqlQuery query, Collection<SObjectRecord> records, boolean includeDeleted) {
        List<SObjectRecord> matching = new ArrayList<>();
        for (SObjectRecord record : records) {
            if ((includeDeleted || !record.isDeleted()) && query.where().matches(record)) {
                matching.add(record);
            }
        }
        if (!query.orderBy().isEmpty()) {
            matching.sort(query.ordering());
        }
        int limit = query.limit().orElse(Integer.MAX_VALUE);
        return matching.size() > limit ? new ArrayList<>(matching.subList(0, limit)) : matching;
    }
}
