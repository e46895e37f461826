package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Side;
import io.contactsync.store.ContactLink;
import io.contactsync.store.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.contactsync.model.MappedObject.CONTACT;
import static io.contactsync.sync.ConflictApiScenarioTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews over the admin API: an ambiguous match linked by an operator, and records declared different people,
 * each taking effect in the next cycle (which reads them again, though neither changed).
 */
class ReviewApiScenarioTest {

    static final String EMAIL = "dup@example.com";

    @TempDir
    Path data;
    SyncHarness sync;
    SandboxApis apis;
    AdminClient admin;
    String first;
    String second;
    String genesysId;
    long reviewId;

    /** Two Salesforce contacts and one Genesys Cloud contact share an email: nothing is merged or created. */
    @BeforeEach
    void openAnAmbiguousMatch() {
        sync = new SyncHarness(data);
        apis = sync.apis;
        admin = new AdminClient(sync.adminUrl());
        first = apis.createSalesforceContact(Map.of("LastName", "Byron", "FirstName", "Ada", "Email", EMAIL));
        second = apis.createSalesforceContact(Map.of("LastName", "King", "FirstName", "Ada", "Email", EMAIL));
        ObjectNode contact = SandboxApis.JSON.createObjectNode().put("lastName", "Lovelace").put("workEmail", EMAIL);
        genesysId = apis.createGenesysContact(contact);
        sync.runCycle();
        JsonNode open = admin.get("/api/reviews?status=OPEN").body();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("kind").asText()).isEqualTo("DUPLICATE_EMAIL");
        assertThat(open.get(0).path("salesforceIds")).extracting(JsonNode::asText).containsExactlyInAnyOrder(first,
                second);
        assertThat(open.get(0).path("genesysIds")).extracting(JsonNode::asText).containsExactly(genesysId);
        assertThat(open.get(0).path("object").asText()).isEqualTo("CONTACT");
        assertThat(admin.get("/api/reviews?object=contact&status=OPEN").body()).hasSize(1);
        assertThat(admin.get("/api/reviews?object=organization&status=OPEN").body()).isEmpty();
        reviewId = open.get(0).path("id").asLong();
        sync.runCycle();
    }

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void anItemTheDataNoLongerNeedsClosesItself() {
        assertThat(sync.store().reviews().get(reviewId).orElseThrow().status())
                .as("a cycle that finds the duplicates again keeps the item").isEqualTo(ReviewStatus.OPEN);
        apis.updateSalesforceContact(second, Map.of("Email", "ada.king@example.com"));

        sync.runCycle();

        assertThat(sync.store().reviews().get(reviewId).orElseThrow().status()).isEqualTo(ReviewStatus.NO_LONGER_NEEDED);
        assertThat(admin.get("/api/reviews?status=OPEN").body()).isEmpty();
        sync.runUntilQuiet(3);
        assertThat(apis.salesforceContact(first).path("External_Genesys_ID__c").asText()).isEqualTo(genesysId);
        assertThat(apis.genesysContacts()).hasSize(2)
                .anySatisfy(contact -> assertThat(contact.path("workEmail").asText()).isEqualTo("ada.king@example.com"));
        assertThat(apis.salesforceContacts()).hasSize(2);
        assertThat(admin.get("/api/reviews?status=OPEN").body()).isEmpty();
    }

    @Test
    void linkingTwoCandidatesPairsThemInTheNextCycleWithEveryDifferenceSettledByPolicy() {
        AdminClient.Answer answer = admin.post("/api/reviews/" + reviewId + "/resolve",
                "{\"action\":\"link\",\"salesforceId\":\"" + first + "\",\"genesysId\":\"" + genesysId
                        + "\",\"by\":\"ops\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("applied").asText()).isEqualTo("next cycle");
        assertThat(answer.body().path("review").path("status").asText()).isEqualTo("RESOLVED");
        assertThat(answer.body().path("review").path("resolution").asText()).isEqualTo("LINKED");
        assertThat(answer.body().path("review").path("resolvedBy").asText()).isEqualTo("ops");
        JsonNode links = admin.get("/api/links?salesforceId=" + first).body();
        assertThat(links).hasSize(1);
        assertThat(links.get(0).path("genesysId").asText()).isEqualTo(genesysId);

        sync.runCycle();

        // names are Salesforce-owned: Genesys Cloud takes Salesforce's, and the first name it lacked
        JsonNode genesys = apis.genesysContact(genesysId);
        assertThat(genesys.path("lastName").asText()).isEqualTo("Byron");
        assertThat(genesys.path("firstName").asText()).isEqualTo("Ada");
        assertThat(apis.salesforceContact(first).path("LastName").asText()).isEqualTo("Byron");
        assertThat(apis.salesforceContact(first).path("External_Genesys_ID__c").asText()).isEqualTo(genesysId);
        ContactLink link = sync.store().links().findByRecordId(Side.SALESFORCE, first).orElseThrow();
        assertThat(link.baseSnapshot()).contains("\"lastName\":\"Byron\"").doesNotContain("unsettled");
        assertThat(apis.genesysContacts()).hasSize(1);
        assertThat(sync.runCycle().counts().updatedInGenesys()).isZero();
    }

    @Test
    void distinctRecordsAreNeverPairedAgainAndEachIsCreatedOnTheOtherSide() {
        AdminClient.Answer answer = admin.post("/api/reviews/" + reviewId + "/resolve",
                "{\"action\":\"distinct\",\"note\":\"three different people\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("review").path("resolution").asText()).isEqualTo("DISTINCT");
        assertThat(sync.store().reviews().isMarkedDistinct(first, genesysId)).isTrue();

        sync.runUntilQuiet(4);

        assertThat(apis.salesforceContacts()).filteredOn(c -> c.path("Email").asText().equals(EMAIL)).hasSize(3);
        assertThat(apis.genesysContacts()).filteredOn(c -> c.path("workEmail").asText().equals(EMAIL)).hasSize(3);
        for (String salesforceId : new String[] {first, second}) {
            ContactLink link = sync.store().links().findByRecordId(Side.SALESFORCE, salesforceId).orElseThrow();
            assertThat(link.genesysId()).isNotEqualTo(genesysId);
        }
        assertThat(sync.store().links().findByRecordId(Side.GENESYS, genesysId).orElseThrow().salesforceId())
                .isNotIn(first, second);
        assertThat(sync.store().reviews().count(CONTACT, ReviewStatus.OPEN)).isZero();
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        String path = "/api/reviews/" + reviewId + "/resolve";
        assertRefused(admin.post("/api/reviews/424242/resolve", "{\"action\":\"distinct\"}"), 404, "no review");
        assertRefused(admin.post("/api/reviews/x/resolve", "{\"action\":\"distinct\"}"), 400, "must be a number");
        assertRefused(admin.post(path, "{\"action\":"), 400, "malformed JSON");
        assertRefused(admin.post(path, "{\"action\":\"merge\"}"), 400, "action must be");
        assertRefused(admin.post(path, "{\"action\":\"link\",\"salesforceId\":\"" + first + "\"}"), 400,
                "needs \"salesforceId\" and \"genesysId\"");
        assertRefused(admin.post(path, "{\"action\":\"link\",\"salesforceId\":\"003000000000000AAA\",\"genesysId\":\""
                + genesysId + "\"}"), 400, "not a candidate");
        assertRefused(admin.post(path, "{\"action\":\"distinct\",\"genesysId\":\"" + genesysId + "\"}"), 400,
                "give no ids");
        assertRefused(admin.get("/api/reviews?status=maybe"), 400, "status must be one of");
        assertRefused(admin.post(path, "{\"action\":\"distinct\",\"by\":\"" + "b".repeat(129) + "\"}"), 400,
                "\"by\" is too long: at most 128 characters");
        assertRefused(admin.post(path, "{\"action\":\"distinct\",\"note\":\"" + "n".repeat(2001) + "\"}"), 400,
                "\"note\" is too long: at most 2000 characters");
        assertRefused(admin.post(path, "{\"action\":\"distinct\",\"note\":\"" + "n".repeat(5_000_000) + "\"}"), 413,
                "larger than 1048576 bytes");

        assertThat(sync.store().reviews().get(reviewId).orElseThrow().status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(sync.store().links().findByRecordId(Side.GENESYS, genesysId)).isEmpty();
        assertThat(sync.store().reviews().isMarkedDistinct(first, genesysId)).isFalse();
        assertThat(sync.store().refetches().all()).isEmpty();

        assertThat(admin.post(path, "{\"action\":\"distinct\"}").status()).isEqualTo(200);
        assertRefused(admin.post(path, "{\"action\":\"distinct\"}"), 409, "already RESOLVED");
    }
}
