package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.Side;
import io.contactsync.sandbox.DemoPeople;
import io.contactsync.sandbox.SeedPerson;
import io.contactsync.sandbox.SeedRequest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeding and scanning at scale, and many clients writing at once. */
class GenesysScaleAndConcurrencyTest extends GenesysEmulatorTestBase {

    private static final String CONTACTS = "/api/v2/externalcontacts/contacts";
    private static final int THREADS = 8;


    @Test
    void seedsAHundredThousandContactsAndAScanAt200PerPageReturnsEachOnce() {
        HttpResponse<String> seeded = fixture.send(HttpRequest.newBuilder(
                        URI.create(fixture.server.baseUrl() + "/__sandbox/seed"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"count\":100000,\"seed\":3}")).build());
        assertThat(GenesysFixture.json(seeded).get("total").asInt()).isEqualTo(100_000);

        Set<String> ids = new HashSet<>();
        int pages = 0;
        String next = "/api/v2/externalcontacts/scan/contacts?limit=200";
        while (next != null) {
            JsonNode page = GenesysFixture.json(fixture.call("GET", next, null, token));
            pages++;
            page.get("entities").forEach(c -> assertThat(ids.add(c.get("id").asText())).isTrue());
            next = page.hasNonNull("nextUri") ? page.get("nextUri").asText() : null;
            assertThat(page.path("cursors").has("after")).isEqualTo(next != null);
        }

        assertThat(ids).hasSize(100_000);
        assertThat(pages).isEqualTo(500);
    }

    @Test
    void seededContactsAreTheDemoPeopleAsCuratedContacts() {
        SeedRequest request = new SeedRequest(30, 11, 0.5, 0.2, false);
        fixture.emulator.seed(request);
        Map<String, JsonNode> byEmail = new HashMap<>();
        GenesysFixture.json(fixture.call("GET", "/api/v2/externalcontacts/scan/contacts?limit=200", null, token))
                .get("entities").forEach(c -> byEmail.put(c.get("workEmail").asText(), c));

        assertThat(byEmail).hasSize(30);
        for (int i = 0; i < 30; i++) {
            SeedPerson person = DemoPeople.person(request, i, Side.GENESYS);
            JsonNode contact = byEmail.get(person.email());
            assertThat(contact.get("lastName").asText()).isEqualTo(person.lastName());
            assertThat(contact.get("title").asText()).isEqualTo(person.title());
            assertThat(contact.get("type").asText()).isEqualTo("Curated");
            assertThat(contact.get("workPhone").get("userInput").asText()).isEqualTo(person.workPhone());
            assertThat(contact.get("workPhone").get("e164").asText())
                    .isEqualTo("+1" + person.workPhone().replaceAll("\\D", ""));
            assertThat(contact.has("cellPhone")).isEqualTo(person.mobilePhone() != null);
            assertThat(contact.get("address").get("city").asText()).isEqualTo(person.city());
            assertThat(contact.get("address").get("postalCode").asText()).isEqualTo(person.postalCode());
        }
    }

    @Test
    void seedingAgainReplacesTheContactsUnlessAppending() {
        fixture.emulator.seed(new SeedRequest(10, 1, 0.5, 0.1, false));
        assertThat(fixture.emulator.seed(new SeedRequest(10, 2, 0.5, 0.1, false))).isEqualTo(10);
        assertThat(fixture.emulator.seed(new SeedRequest(5, 3, 0.5, 0.1, true))).isEqualTo(15);
    }

    @Test
    void parallelCreatesNeverCollide() throws Exception {
        List<String> ids = runInParallel(thread -> {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                created.add(GenesysFixture.json(fixture.call("POST", CONTACTS,
                        "{\"lastName\":\"T" + thread + "-" + i + "\"}", token)).get("id").asText());
            }
            return created;
        });

        assertThat(ids).hasSize(THREADS * 25).doesNotHaveDuplicates();
        assertThat(GenesysFixture.json(fixture.call("GET", CONTACTS, null, token)).get("total").asLong())
                .isEqualTo(THREADS * 25L);
    }

    @Test
    void parallelPutsOfTheSameContactsLeaveEachContactWhole() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(GenesysFixture.json(fixture.call("POST", CONTACTS, "{\"lastName\":\"Shared\"}", token))
                    .get("id").asText());
        }

        runInParallel(thread -> {
            for (int round = 0; round < 20; round++) {
                String mark = thread + "-" + round;
                for (String id : ids) {
                    assertThat(fixture.call("PUT", CONTACTS + "/" + id, "{\"lastName\":\"L" + mark
                            + "\",\"title\":\"T" + mark + "\",\"workEmail\":\"e" + mark + "@example.com\"}",
                            token).statusCode()).isEqualTo(200);
                }
            }
            return List.of();
        });

        for (String id : ids) {
            JsonNode contact = GenesysFixture.json(fixture.call("GET", CONTACTS + "/" + id, null, token));
            String mark = contact.get("lastName").asText().substring(1);
            assertThat(contact.get("title").asText()).isEqualTo("T" + mark);
            assertThat(contact.get("workEmail").asText()).isEqualTo("e" + mark + "@example.com");
            // 1 create + THREADS * 20 writes, each one millisecond past the last while the clock stands still
            assertThat(contact.get("modifyDate").asText()).isEqualTo(GenesysDates.format(
                    GenesysFixture.START.plusMillis(THREADS * 20L)));
        }
    }

    @Test
    void parallelBulkUpdatesOfDifferentContactsLoseNoUpdate() throws Exception {
        Map<Integer, List<String>> idsByThread = new ConcurrentHashMap<>();
        for (int thread = 0; thread < THREADS; thread++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(GenesysFixture.json(fixture.call("POST", CONTACTS, "{\"lastName\":\"B\"}", token))
                        .get("id").asText());
            }
            idsByThread.put(thread, ids);
        }

        runInParallel(thread -> {
            for (int round = 1; round <= 10; round++) {
                StringBuilder entities = new StringBuilder();
                for (String id : idsByThread.get(thread)) {
                    entities.append(entities.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
                            .append("\",\"lastName\":\"B\",\"title\":\"round ").append(round).append("\"}");
                }
                JsonNode result = GenesysFixture.json(fixture.call("POST",
                        "/api/v2/externalcontacts/bulk/contacts/update", "{\"entities\":[" + entities + "]}", token));
                assertThat(result.get("errorCount").asInt()).isZero();
            }
            return List.of();
        });

        for (List<String> ids : idsByThread.values()) {
            for (String id : ids) {
                assertThat(GenesysFixture.json(fixture.call("GET", CONTACTS + "/" + id, null, token))
                        .get("title").asText()).isEqualTo("round 10");
            }
        }
    }

    private interface ThreadWork {
        List<String> run(int thread) throws Exception;
    }

    private static List<String> runInParallel(ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<String>> task = () -> work.run(thread);
                futures.add(pool.submit(task));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
