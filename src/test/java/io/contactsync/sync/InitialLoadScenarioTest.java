package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.cycle.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class InitialLoadScenarioTest {

    @TempDir
    Path data;
    SyncHarness sync;

    @BeforeEach
    void start() {
        sync = new SyncHarness(data);
        sync.apis.salesforceControl("POST", "/seed", Map.of("count", 30, "seed", 5, "sharedShare", 0.5,
                "differingShare", 0.2));
        sync.apis.genesysControl("POST", "/seed", Map.of("count", 30, "seed", 5, "sharedShare", 0.5,
                "differingShare", 0.2));
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void matchesByEmailCreatesTheRestOnBothSidesAndLinksThemBothWays() {
        Set<String> emailsBefore = emails(sync.apis.salesforceContacts(), "Email");
        emailsBefore.addAll(emails(sync.apis.genesysContacts(), "workEmail"));

        RunSummary run = sync.runCycle();

        assertThat(run.status()).isEqualTo("SUCCEEDED");
        List<JsonNode> salesforce = sync.apis.salesforceContacts();
        List<JsonNode> genesys = sync.apis.genesysContacts();
        assertThat(emails(salesforce, "Email")).isEqualTo(emailsBefore);
        assertThat(emails(genesys, "workEmail")).isEqualTo(emailsBefore);
        assertThat(salesforce).hasSize(emailsBefore.size());
        assertThat(genesys).hasSize(emailsBefore.size());
        assertThat(run.counts().createdInGenesys() + run.counts().createdInSalesforce())
                .isEqualTo(2 * emailsBefore.size() - 60);

        Map<String, JsonNode> genesysById = genesys.stream()
                .collect(Collectors.toMap(c -> c.path("id").asText(), Function.identity()));
        for (JsonNode contact : salesforce) {
            JsonNode counterpart = genesysById.get(contact.path("External_Genesys_ID__c").asText());
            assertThat(counterpart).as("Genesys counterpart of %s", contact.path("Email").asText()).isNotNull();
            assertThat(counterpart.path("externalSystemUrl").asText()).endsWith(contact.path("Id").asText() + "/view");
            assertThat(counterpart.path("workEmail").asText()).isEqualToIgnoringCase(contact.path("Email").asText());
            assertThat(counterpart.path("lastName").asText()).isEqualTo(contact.path("LastName").asText());
        }
    }

    @Test
    void aSecondCycleWritesNothing() {
        sync.runCycle();
        sync.apis.resetStats();

        RunSummary quiet = sync.runCycle();

        assertThat(quiet.counts().createdInGenesys() + quiet.counts().createdInSalesforce()
                + quiet.counts().updatedInGenesys() + quiet.counts().updatedInSalesforce()).isZero();
        assertThat(sync.apis.stats(true).keySet()).noneMatch(k -> k.startsWith("POST /services/data/{version}/composite")
                || k.startsWith("PATCH") || k.startsWith("DELETE"));
        assertThat(sync.apis.stats(false).keySet()).noneMatch(k -> k.contains("/bulk/contacts/")
                || k.startsWith("PUT") || k.startsWith("DELETE"));
    }

    private static Set<String> emails(List<JsonNode> contacts, String field) {
        return contacts.stream().map(c -> c.path(field).asText().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
