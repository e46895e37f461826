package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.Side;
import io.contactsync.store.DeadLetter;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.RefetchRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Genesys Cloud refuses every bulk update for longer than the poll overlap: the watermarks move past the edits
 * made meanwhile, yet each failed record is remembered and written once Genesys Cloud is back, with one dead letter
 * per record that counts its attempts and resolves itself when the record syncs. Genesys Cloud takes at most two
 * contacts per bulk call here, so the failed records are read again in chunks.
 */
class RecordRetryScenarioTest extends SeededSandboxTest {

    private static final int BULK_SIZE = 2;

    @Override
    SyncHarness startHarness() {
        SyncHarness harness = new SyncHarness(data, Map.of(), Map.of("genesys.bulk-size", String.valueOf(BULK_SIZE)));
        harness.apis.genesysControl("POST", "/behaviour", Map.of("bulkMaxBatchSize", BULK_SIZE));
        return harness;
    }

    private static final Map<String, Object> BULK_UPDATES_UNAVAILABLE = Map.of("kind", "status", "status", 503,
            "method", "POST", "path", "/api/v2/externalcontacts/bulk/contacts/update", "count", 1000);

    @Test
    void editsFailedDuringAnOutageLongerThanTheOverlapAreWrittenOnceTheTargetIsBack() {
        sync.runUntilQuiet(4);
        List<JsonNode> salesforce = sync.apis.salesforceContacts().subList(0, 3);
        List<JsonNode> genesys = sync.apis.genesysContacts().subList(0, 3);
        Map<String, String> titles = new HashMap<>();
        for (JsonNode contact : salesforce) {
            String title = "Head of " + contact.path("LastName").asText();
            sync.apis.updateSalesforceContact(contact.path("Id").asText(), Map.of("Title", title));
            titles.put(contact.path("Id").asText(), title);
        }
        Map<String, String> cities = new HashMap<>();
        for (JsonNode contact : genesys) {
            String city = "Ciudad " + contact.path("lastName").asText();
            sync.apis.updateGenesysContact(contact.path("id").asText(),
                    c -> ((ObjectNode) c.withObject("address")).put("city", city));
            cities.put(contact.path("id").asText(), city);
        }
        genesysFault(BULK_UPDATES_UNAVAILABLE);

        RunSummary first = sync.runCycle();
        RunSummary second = sync.runCycle();
        // the outage outlasts the overlap: no poll will return these edits again
        sync.store().watermarks().advance(CONTACT, Side.SALESFORCE, Instant.now().plus(Duration.ofHours(1)), null);
        sync.store().watermarks().advance(CONTACT, Side.GENESYS, Instant.now().plus(Duration.ofHours(1)), null);
        RunSummary third = sync.runCycle();

        assertThat(first.status()).isEqualTo("PARTIAL");
        assertThat(first.counts().deadLettered()).isEqualTo(titles.size());
        assertThat(List.of(second.status(), third.status())).containsOnly("PARTIAL");
        assertThat(second.counts().deadLettered()).as("no new dead letter for a record failing again").isZero();
        assertThat(third.counts().deadLettered()).isZero();
        List<DeadLetter> open = sync.store().deadLetters().list(null, DeadLetterStatus.OPEN, 100);
        assertThat(open).hasSize(titles.size()).allSatisfy(letter -> {
            assertThat(letter.side()).isEqualTo(Side.GENESYS);
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.source().side()).isEqualTo(Side.SALESFORCE);
        });
        assertThat(open).extracting(letter -> letter.source().id()).containsExactlyInAnyOrderElementsOf(titles.keySet());
        assertThat(sync.store().refetches().all()).extracting(RefetchRequest::attempts).containsOnly(3)
                .as("records to read again by id: more than one bulk call takes").hasSizeGreaterThan(BULK_SIZE);

        sync.apis.genesysControl("DELETE", "/faults", null);
        RunSummary healed = sync.runCycle();

        assertThat(healed.status()).isEqualTo("SUCCEEDED");
        titles.forEach((salesforceId, title) -> assertThat(genesysLinkedTo(salesforceId).path("title").asText())
                .as("Genesys Cloud title of %s", salesforceId).isEqualTo(title));
        cities.forEach((genesysId, city) -> assertThat(salesforceLinkedTo(genesysId).path("MailingCity").asText())
                .as("Salesforce city of %s", genesysId).isEqualTo(city));
        assertThat(sync.store().deadLetters().list(null, DeadLetterStatus.OPEN, 100)).isEmpty();
        assertThat(sync.store().deadLetters().list(null, DeadLetterStatus.RESOLVED, 100)).hasSize(titles.size());
        assertThat(sync.store().refetches().all()).isEmpty();
        assertConvergedWithNothingLost();
    }

    private JsonNode genesysLinkedTo(String salesforceId) {
        return sync.apis.genesysContact(sync.store().links().findByRecordId(Side.SALESFORCE, salesforceId)
                .orElseThrow().genesysId());
    }

    private JsonNode salesforceLinkedTo(String genesysId) {
        return sync.apis.salesforceContact(sync.store().links().findByRecordId(Side.GENESYS, genesysId)
                .orElseThrow().salesforceId());
    }
}
