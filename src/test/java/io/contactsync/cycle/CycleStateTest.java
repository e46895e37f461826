package io.contactsync.cycle;

import io.contactsync.model.MappedObject;
import io.contactsync.mapping.MappingResult;
import io.contactsync.model.Contact;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.RecordRef;
import io.contactsync.store.RunTrigger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CycleStateTest {

    private final CycleState cycle = new CycleState(MappedObject.CONTACT, 1, false, "owner", RunTrigger.SCHEDULE, Instant.EPOCH,
            Map.of(Side.SALESFORCE, Optional.empty(), Side.GENESYS, Optional.empty()), Duration.ofMinutes(2), null);

    @Test
    void aRecordReadByIdThatAPollOrAnEarlierChunkAlreadyKeptIsKeptOnce() {
        MappingResult<SideRecord> polled = mapped(Side.SALESFORCE, "003A");
        MappingResult<SideRecord> rejected = new MappingResult.Rejected<>(Side.GENESYS, "g-x", "bad", "{}");
        cycle.polled(List.of(polled, rejected));

        cycle.requested(List.of(mapped(Side.SALESFORCE, "003A"), mapped(Side.GENESYS, "003A"),
                mapped(Side.GENESYS, "g-b"), rejected));
        cycle.requested(List.of(mapped(Side.GENESYS, "g-b"), mapped(Side.GENESYS, "g-c")));

        assertThat(cycle.takePolled()).containsExactly(polled, rejected, mapped(Side.GENESYS, "003A"),
                mapped(Side.GENESYS, "g-b"), rejected, mapped(Side.GENESYS, "g-c"));
    }

    @Test
    void onlyRetriedRecordsAreRememberedAsSynced() {
        cycle.retrying(Set.of(RecordRef.salesforce("003A"), RecordRef.genesys("g-b")));

        cycle.synced(Side.SALESFORCE, "003A");
        cycle.synced(Side.SALESFORCE, "003Z");
        cycle.synced(Side.GENESYS, null);

        assertThat(cycle.syncedRetries()).containsExactly(RecordRef.salesforce("003A"));
    }

    private static MappingResult<SideRecord> mapped(Side side, String id) {
        return new MappingResult.Mapped<>(new SideRecord(side, id, Instant.EPOCH, Contact.empty(), null, null, false,
                List.of()));
    }
}
