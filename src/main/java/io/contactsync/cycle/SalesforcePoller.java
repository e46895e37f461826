package io.contactsync.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.SalesforceContactMapper;
import io.contactsync.model.ContactField;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.salesforce.Soql;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The incremental Salesforce poll: the SOQL for contacts modified since the watermark (less the overlap,
 * deleted ones included through queryAll), and the reading of each result page.
 */
public final class SalesforcePoller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SyncSettings> settings;
    private final Correlator correlator;
    private final String ignoredUserId;

    /**
     * @param ignoredUserId a Salesforce user whose changes the poll skips (the integration user), or null
     */
    public SalesforcePoller(Supplier<SyncSettings> settings, Correlator correlator, String ignoredUserId) {
        this.settings = settings;
        this.correlator = correlator;
        this.ignoredUserId = ignoredUserId;
    }

    public String firstQuery(CycleState cycle) {
        return Soql.modifiedSince(mapper().sObject(), mapper().queryFields(), cycle.pollFrom(Side.SALESFORCE).orElse(Instant.EPOCH),
                ignoredUserId);
    }

    /** The SOQL reading these contacts, whenever they were modified. */
    public String queryByIds(List<String> ids) {
        return Soql.byIds(mapper().sObject(), mapper().queryFields(), ids);
    }

    /** Reads one page of a query answer into the cycle; remembers where the next page is. */
    public void page(String body, CycleState cycle) throws IOException {
        JsonNode page = JSON.readTree(body);
        JsonNode next = page.get("nextRecordsUrl");
        boolean done = page.path("done").asBoolean(true) || next == null || next.isNull();
        cycle.salesforcePageRead(done ? null : next.asText());
        cycle.polled(correlator.withoutEchoes(cycle, read(page.path("records"), cycle)));
    }

    /** Reads records of a query by id into the cycle, to be paired with the polled ones. */
    public void keep(JsonNode queryRecords, CycleState cycle) {
        cycle.requested(read(queryRecords, cycle));
    }

    private List<MappingResult<SideRecord>> read(JsonNode queryRecords, CycleState cycle) {
        List<MappingResult<SideRecord>> records = mapper().readAll(queryRecords);
        for (MappingResult<SideRecord> result : records) {
            if (result instanceof MappingResult.Mapped<SideRecord> mapped && !mapped.value().deleted()) {
                SideRecord record = mapped.value();
                cycle.seen(Side.SALESFORCE).add(record.id(), record.contact().get(ContactField.EMAIL),
                        record.otherSideId());
            }
        }
        correlator.prefetch(cycle, records);
        return records;
    }

    /** The mapper of the settings in use (see {@link ActiveSettings}). */
    private SalesforceContactMapper mapper() {
        return settings.get().salesforceMapper();
    }
}
