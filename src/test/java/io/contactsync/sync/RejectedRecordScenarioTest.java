package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.cycle.RunSummary;
import io.contactsync.model.Side;
import io.contactsync.store.DeadLetter;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.RecordRef;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts Genesys Cloud accepts but Salesforce refuses: a last name longer than Salesforce's 80 characters
 * (Genesys Cloud allows 1000), and an email whose domain has an underscore (Genesys Cloud only asks for
 * something@domain.tld). Each is dead-lettered alone with its reason; the rest of the batch is written.
 */
class RejectedRecordScenarioTest extends SeededSandboxTest {

    private static final String LONG_NAME_EMAIL = "long.name@example.org";
    private static final String UNDERSCORE_EMAIL = "ann.lee@mail_server.example.org";

    @Test
    void aRecordSalesforceRefusesIsDeadLetteredWithItsReasonAndTheRestIsWritten() {
        String longName = sync.apis.createGenesysContact(contact("Lang", "L" + "o".repeat(88) + "ng", LONG_NAME_EMAIL));
        String badEmail = sync.apis.createGenesysContact(contact("Ann", "Lee", UNDERSCORE_EMAIL));

        RunSummary run = sync.runCycle();

        assertThat(run.status()).isEqualTo("PARTIAL");
        assertThat(run.counts().deadLettered()).isEqualTo(2);
        List<DeadLetter> letters = sync.store().deadLetters().list(null, DeadLetterStatus.OPEN, 100);
        assertThat(letters).hasSize(2).allSatisfy(letter -> {
            assertThat(letter.side()).isEqualTo(Side.SALESFORCE);
            assertThat(letter.operation()).isEqualTo("CREATE");
        });
        assertThat(letters).anySatisfy(letter -> {
            assertThat(letter.payload()).contains(LONG_NAME_EMAIL);
            assertThat(letter.error()).containsIgnoringCase("lastName").contains("80");
        });
        assertThat(letters).anySatisfy(letter -> {
            assertThat(letter.payload()).contains(UNDERSCORE_EMAIL);
            assertThat(letter.error()).contains("INVALID_EMAIL_ADDRESS");
        });

        List<JsonNode> salesforce = sync.apis.salesforceContacts();
        List<JsonNode> genesys = sync.apis.genesysContacts();
        Set<String> accepted = new TreeSet<>(emailsBefore);
        assertThat(SyncAssertions.emails(salesforce, "Email")).isEqualTo(accepted);
        accepted.add(LONG_NAME_EMAIL);
        accepted.add(UNDERSCORE_EMAIL);
        assertThat(SyncAssertions.emails(genesys, "workEmail")).isEqualTo(accepted);
        SyncAssertions.assertNoDuplicates(salesforce, genesys);
        SyncAssertions.assertBothSystemsAgree(salesforce, genesys);
        assertThat(salesforce).allMatch(c -> !c.path("External_Genesys_ID__c").asText().isEmpty());
        assertThat(sync.apis.genesysContact(longName).hasNonNull("externalSystemUrl")).as("linked").isFalse();
        assertThat(sync.apis.genesysContact(badEmail).hasNonNull("externalSystemUrl")).as("linked").isFalse();
    }

    @Test
    void aRefusedRecordWaitsForAnEditAndSyncsOnceFixedAtTheSourceClosingItsDeadLetter() {
        String longName = sync.apis.createGenesysContact(contact("Lang", "L" + "o".repeat(88) + "ng", LONG_NAME_EMAIL));
        RunSummary refused = sync.runCycle();
        DeadLetter letter = sync.store().deadLetters().list(null, DeadLetterStatus.OPEN, 100).get(0);
        // as if later than the poll overlap (sync.overlap, PT2M), which reads the last minutes again anyway; an edit
        // made from now on is polled
        sync.store().watermarks().advance(CONTACT, Side.GENESYS, Instant.now().plus(Duration.ofMinutes(2)), null);

        RunSummary unchanged = sync.runCycle();

        assertThat(refused.status()).isEqualTo("PARTIAL");
        assertThat(unchanged.status()).as("nothing retried: retrying cannot help").isEqualTo("SUCCEEDED");
        assertThat(sync.store().deadLetters().get(letter.id()).orElseThrow().attempts()).isEqualTo(1);
        assertThat(sync.store().refetches().all()).singleElement().satisfies(request -> {
            assertThat(request.record()).isEqualTo(RecordRef.genesys(longName));
            assertThat(request.nextAttemptAt()).as("waits for an edit").isNull();
            assertThat(request.lastError()).containsIgnoringCase("lastName");
        });

        sync.apis.updateGenesysContact(longName, c -> c.put("lastName", "Lang"));
        RunSummary fixed = sync.runCycle();

        assertThat(fixed.status()).isEqualTo("SUCCEEDED");
        assertThat(sync.store().deadLetters().get(letter.id()).orElseThrow().status())
                .isEqualTo(DeadLetterStatus.RESOLVED);
        assertThat(sync.store().refetches().all()).isEmpty();
        assertThat(sync.apis.salesforceContacts()).filteredOn(c -> c.path("Email").asText().equals(LONG_NAME_EMAIL))
                .singleElement().satisfies(c -> assertThat(c.path("LastName").asText()).isEqualTo("Lang"));
        assertThat(sync.apis.genesysContact(longName).path("externalSystemUrl").asText()).as("linked").isNotEmpty();
        SyncAssertions.assertConverged(sync.apis);
    }

    private static ObjectNode contact(String firstName, String lastName, String email) {
        return SandboxApis.JSON.createObjectNode().put("firstName", firstName).put("lastName", lastName)
                .put("workEmail", email);
    }
}
