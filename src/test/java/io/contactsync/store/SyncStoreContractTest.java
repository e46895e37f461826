package io.contactsync.store;

import io.contactsync.testing.MutableClock;
import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.contactsync.model.MappedObject.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every database the store runs on must do. Each subclass supplies a fresh, empty database per test.
 */
abstract class SyncStoreContractTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(START);
    private StoreSettings settings;
    private SyncStore store;

    /** Settings of a new empty database. */
    abstract StoreSettings newDatabase();

    abstract String expectedProduct();

    @BeforeEach
    void openOnEmptyDatabase() {
        settings = newDatabase();
        store = SyncStore.open(settings, clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    // --- schema -------------------------------------------------------------------------------------------------

    @Test
    void migratesAnEmptyDatabaseAndReopensItWithoutLosingData() {
        ContactLink link = store.links().create(newLink("003A", "g-a", "a@example.com"));

        reopen();

        assertThat(store.databaseProduct()).isEqualTo(expectedProduct());
        assertThat(store.links().findByPairId(link.pairId())).contains(link);
        assertThat(store.isReachable()).isTrue();
    }

    // --- links --------------------------------------------------------------------------------------------------

    @Test
    void createsALinkAndFindsItByPairIdAndByEitherRecordId() {
        ContactLink created = store.links().create(newLink("003A", "g-a", " Ada@Example.COM "));

        assertThat(created.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.baseEmail()).isEqualTo("ada@example.com");
        assertThat(created.lastSyncedAt()).isEqualTo(START);
        assertThat(store.links().findByPairId(created.pairId())).contains(created);
        assertThat(store.links().findByRecordId(Side.SALESFORCE, "003A")).contains(created);
        assertThat(store.links().findByRecordId(Side.GENESYS, "g-a")).contains(created);
        assertThat(store.links().findByRecordId(Side.GENESYS, "003A")).isEmpty();
    }

    @Test
    void rejectsLinkingARecordIdThatIsAlreadyLinked() {
        store.links().create(newLink("003A", "g-a", "a@example.com"));

        assertThatThrownBy(() -> store.links().create(newLink("003A", "g-other", "x@example.com")))
                .isInstanceOf(DuplicateRecordException.class);
        assertThatThrownBy(() -> store.links().create(newLink("003other", "g-a", "x@example.com")))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(store.links().count(CONTACT, LinkStatus.ACTIVE)).isEqualTo(1);
    }

    @Test
    void aTombstoneIsStillFoundByItsOldIdAndBlocksRelinkingIt() {
        ContactLink link = store.links().create(newLink("003A", "g-a", "a@example.com"));

        assertThat(store.links().setStatus(link.pairId(), LinkStatus.deletedIn(Side.GENESYS))).isTrue();

        ContactLink tombstone = store.links().findByRecordId(Side.GENESYS, "g-a").orElseThrow();
        assertThat(tombstone.status()).isEqualTo(LinkStatus.DELETED_IN_GENESYS);
        assertThat(tombstone.isTombstone()).isTrue();
        assertThat(tombstone.version()).isEqualTo(2);
        assertThat(store.links().findByRecordIds(Side.SALESFORCE, List.of("003A"))).containsKey("003A");
        assertThatThrownBy(() -> store.links().create(newLink("003A", null, "a@example.com")))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(store.links().setStatus("no-such-pair", LinkStatus.UNLINKED)).isFalse();
    }

    @Test
    void findsManyLinksByRecordIdsInBulkAcrossSeveralChunks() {
        int linked = ContactLinks.LOOKUP_CHUNK * 2 + 7;
        store.useTransaction(tables -> IntStream.range(0, linked)
                .forEach(i -> tables.links().create(newLink("sf-" + i, "g-" + i, "p" + i + "@example.com"))));
        List<String> wanted = new ArrayList<>(IntStream.range(0, linked).mapToObj(i -> "g-" + i).toList());
        wanted.add("g-unknown");

        Map<String, ContactLink> byGenesysId = store.links().findByRecordIds(Side.GENESYS, wanted);
        Map<String, ContactLink> bySalesforceId = store.links().findByRecordIds(Side.SALESFORCE, List.of("sf-3", "sf-9"));

        assertThat(byGenesysId).hasSize(linked).doesNotContainKey("g-unknown");
        assertThat(byGenesysId.get("g-42").salesforceId()).isEqualTo("sf-42");
        assertThat(bySalesforceId.keySet()).containsExactlyInAnyOrder("sf-3", "sf-9");
        assertThat(bySalesforceId.get("sf-9").genesysId()).isEqualTo("g-9");
    }

    @Test
    void findsLinksByBaseEmailIgnoringCaseAndBlanks() {
        ContactLink ada = store.links().create(newLink("003A", "g-a", "ada@example.com"));
        ContactLink family = store.links().create(newLink("003B", "g-b", "home@example.com"));
        ContactLink familyToo = store.links().create(newLink("003C", "g-c", "HOME@example.com"));

        assertThat(store.links().findByEmail("  ADA@example.com")).containsExactly(ada);
        assertThat(store.links().findByEmail("nobody@example.com")).isEmpty();
        assertThat(store.links().findByEmail(" ")).isEmpty();
        Map<String, List<ContactLink>> byEmail = store.links().findByEmails(List.of("Home@Example.com", "ada@example.com"));
        assertThat(byEmail.get("home@example.com")).containsExactlyInAnyOrder(family, familyToo);
        assertThat(byEmail.get("ada@example.com")).containsExactly(ada);
    }

    @Test
    void linksManyPairsInOneBatchOrNoneWhenOneIdIsTaken() {
        store.links().create(newLink("003A", "g-a", "a@example.com"));

        List<ContactLink> created = store.links().createAll(List.of(newLink("003B", "g-b", "B@example.com"),
                newLink("003C", null, "c@example.com")));
        assertThatThrownBy(() -> store.inTransaction(tables -> tables.links().createAll(List.of(
                newLink("003D", "g-d", "d@example.com"), newLink("003A", "g-other", "x@example.com")))))
                .isInstanceOf(DuplicateRecordException.class);

        assertThat(created).extracting(ContactLink::salesforceId).containsExactly("003B", "003C");
        assertThat(store.links().findByPairId(created.get(0).pairId())).hasValueSatisfying(link -> {
            assertThat(link.genesysId()).isEqualTo("g-b");
            assertThat(link.baseEmail()).isEqualTo("b@example.com");
            assertThat(link.version()).isEqualTo(1);
        });
        assertThat(store.links().findByRecordId(Side.SALESFORCE, "003C")).isPresent();
        assertThat(store.links().findByRecordId(Side.SALESFORCE, "003D")).isEmpty();
        assertThat(store.links().count(CONTACT, LinkStatus.ACTIVE)).isEqualTo(3);
    }

    @Test
    void listsTheGenesysIdsOfActivePairsOnly() {
        store.links().create(newLink("003A", "g-a", "a@example.com"));
        store.links().create(newLink("003B", null, "b@example.com"));
        ContactLink retired = store.links().create(newLink("003C", "g-c", "c@example.com"));
        store.links().setStatus(retired.pairId(), LinkStatus.DELETED_IN_SALESFORCE);

        assertThat(store.links().activeGenesysIds(CONTACT)).containsExactly("g-a");
    }

    @Test
    void updatesManyBasesInOneBatchAndNamesThePairsThatMovedOn() {
        ContactLink current = store.links().create(newLink("003A", "g-a", "a@example.com"));
        ContactLink movedOn = store.links().create(newLink("003B", "g-b", "b@example.com"));
        store.links().setStatus(movedOn.pairId(), LinkStatus.ACTIVE);

        List<String> moved = store.links().updateBases(List.of(
                new BaseChange(current.pairId(), 1, new BaseUpdate("{\"v\":2}", "h2", "a@example.com")),
                new BaseChange(movedOn.pairId(), 1, new BaseUpdate("{\"v\":2}", "h2", "b@example.com"))));

        assertThat(moved).containsExactly(movedOn.pairId());
        assertThat(store.links().findByPairId(current.pairId()).orElseThrow().baseHash()).isEqualTo("h2");
        assertThat(store.links().findByPairId(movedOn.pairId()).orElseThrow().baseHash()).isNotEqualTo("h2");
    }

    @Test
    void keepsTheBaseEchoesUntilABaseUpdateReplacesThem() {
        String echoes = "{\"GENESYS\":{\"mobilePhone\":{\"written\":\"+13175550100;ext=1\",\"stored\":\"+13175550100\"}}}";
        ContactLink link = store.links().create(new NewLink(CONTACT, "003A", "g-a", "{\"v\":1}", "h1", "a@example.com",
                echoes));

        store.links().updateBase(link.pairId(), 1, new BaseUpdate("{\"v\":2}", "h2", "a@example.com"));
        String kept = store.links().findByPairId(link.pairId()).orElseThrow().baseEchoes();
        store.links().updateBase(link.pairId(), 2, new BaseUpdate("{\"v\":3}", "h3", "a@example.com", "{}"));

        assertThat(link.baseEchoes()).isEqualTo(echoes);
        assertThat(kept).as("after an update that does not know them").isEqualTo(echoes);
        assertThat(store.links().findByPairId(link.pairId()).orElseThrow().baseEchoes()).isEqualTo("{}");
    }

    @Test
    void updatesTheBaseOnlyFromTheCurrentVersion() {
        ContactLink link = store.links().create(newLink("003A", "g-a", "a@example.com"));
        clock.advance(Duration.ofMinutes(1));

        boolean first = store.links().updateBase(link.pairId(), 1, new BaseUpdate("{\"v\":2}", "h2", "New@Example.com"));
        boolean stale = store.links().updateBase(link.pairId(), 1, new BaseUpdate("{\"v\":3}", "h3", "x@example.com"));

        assertThat(first).isTrue();
        assertThat(stale).isFalse();
        ContactLink stored = store.links().findByPairId(link.pairId()).orElseThrow();
        assertThat(stored.baseSnapshot()).isEqualTo("{\"v\":2}");
        assertThat(stored.baseHash()).isEqualTo("h2");
        assertThat(stored.baseEmail()).isEqualTo("new@example.com");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.lastSyncedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void pagesThroughLinksInPairIdOrderOptionallyByStatus() {
        List<ContactLink> links = IntStream.range(0, 5)
                .mapToObj(i -> store.links().create(newLink("003" + i, "g-" + i, i + "@example.com")))
                .toList();
        store.links().setStatus(links.get(2).pairId(), LinkStatus.UNLINKED);

        List<String> pairIds = new ArrayList<>();
        String after = null;
        List<ContactLink> page;
        do {
            page = store.links().list(null, null, after, 2);
            page.forEach(link -> pairIds.add(link.pairId()));
            after = page.isEmpty() ? null : page.get(page.size() - 1).pairId();
        } while (page.size() == 2);

        assertThat(pairIds).containsExactlyElementsOf(links.stream().map(ContactLink::pairId).sorted().toList());
        assertThat(store.links().list(null, LinkStatus.UNLINKED, null, 10)).extracting(ContactLink::pairId)
                .containsExactly(links.get(2).pairId());
        assertThat(store.links().count(CONTACT, LinkStatus.ACTIVE)).isEqualTo(4);
    }

    // --- leases and the cycle lock -------------------------------------------------------------------------------

    @Test
    void ofTwoConcurrentLeaseTakersExactlyOneWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            String pairId = store.links().create(newLink("003-" + round, "g-" + round, null)).pairId();

            List<Boolean> results = race(
                    () -> store.links().tryLease(pairId, "worker-1", LEASE),
                    () -> store.links().tryLease(pairId, "worker-2", LEASE));

            assertThat(results).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void aPairLeaseIsHeldUntilReleasedOrExpired() {
        String pairId = store.links().create(newLink("003A", "g-a", null)).pairId();

        assertThat(store.links().tryLease(pairId, "worker-1", LEASE)).isTrue();
        assertThat(store.links().tryLease(pairId, "worker-2", LEASE)).isFalse();
        assertThat(store.links().tryLease(pairId, "worker-1", LEASE)).as("the holder extends it").isTrue();
        assertThat(store.links().releaseLease(pairId, "worker-2")).as("only the holder releases").isFalse();
        assertThat(store.links().releaseLease(pairId, "worker-1")).isTrue();
        assertThat(store.links().tryLease(pairId, "worker-2", LEASE)).isTrue();

        clock.advance(LEASE.plusSeconds(1));

        assertThat(store.links().tryLease(pairId, "worker-3", LEASE)).as("an expired lease is free").isTrue();
        assertThat(store.links().tryLease("no-such-pair", "worker-1", LEASE)).isFalse();
    }

    @Test
    void ofTwoConcurrentProcessesOnlyOneRunsTheCycle() throws Exception {
        List<Boolean> results = race(
                () -> store.cycleLock().tryAcquire("host-1", LEASE),
                () -> store.cycleLock().tryAcquire("host-2", LEASE));

        assertThat(results).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void theCycleLockIsRenewedByItsHolderAndTakenOverWhenItExpires() {
        assertThat(store.cycleLock().holder()).isEmpty();
        assertThat(store.cycleLock().tryAcquire("host-1", LEASE)).isTrue();
        assertThat(store.cycleLock().tryAcquire("host-2", LEASE)).isFalse();
        assertThat(store.cycleLock().holder()).contains("host-1");

        clock.advance(LEASE.minusSeconds(1));
        assertThat(store.cycleLock().renew("host-1", LEASE)).isTrue();
        clock.advance(LEASE.minusSeconds(1));
        assertThat(store.cycleLock().tryAcquire("host-2", LEASE)).as("renewed, so still held").isFalse();

        clock.advance(Duration.ofSeconds(2));
        assertThat(store.cycleLock().holder()).isEmpty();
        assertThat(store.cycleLock().tryAcquire("host-2", LEASE)).isTrue();
        assertThat(store.cycleLock().renew("host-1", LEASE)).as("host-1 lost it").isFalse();
        assertThat(store.cycleLock().release("host-1")).isFalse();
        assertThat(store.cycleLock().release("host-2")).isTrue();
        assertThat(store.cycleLock().holder()).isEmpty();
    }

    // --- watermarks ---------------------------------------------------------------------------------------------

    @Test
    void aWatermarkSurvivesARestart() {
        Instant modified = Instant.parse("2026-02-28T23:59:59.123456789Z");

        assertThat(store.watermarks().get(CONTACT, Side.SALESFORCE)).isEmpty();
        assertThat(store.watermarks().advance(CONTACT, Side.SALESFORCE, modified, "003A")).isTrue();
        reopen();

        assertThat(store.watermarks().get(CONTACT, Side.SALESFORCE))
                .contains(new Watermark(Side.SALESFORCE, Instant.parse("2026-02-28T23:59:59.123Z"), "003A"));
        assertThat(store.watermarks().get(CONTACT, Side.GENESYS)).isEmpty();
    }

    @Test
    void aWatermarkNeverMovesBackwards() {
        Instant at = Instant.parse("2026-02-28T12:00:00Z");
        store.watermarks().advance(CONTACT, Side.GENESYS, at, "g-5");

        assertThat(store.watermarks().advance(CONTACT, Side.GENESYS, at.minusMillis(1), "g-9")).isFalse();
        assertThat(store.watermarks().advance(CONTACT, Side.GENESYS, at, "g-4")).isFalse();
        assertThat(store.watermarks().advance(CONTACT, Side.GENESYS, at, null)).isFalse();
        assertThat(store.watermarks().get(CONTACT, Side.GENESYS)).contains(new Watermark(Side.GENESYS, at, "g-5"));

        assertThat(store.watermarks().advance(CONTACT, Side.GENESYS, at, "g-6")).isTrue();
        assertThat(store.watermarks().advance(CONTACT, Side.GENESYS, at.plusMillis(1), null)).isTrue();
        assertThat(store.watermarks().get(CONTACT, Side.GENESYS))
                .contains(new Watermark(Side.GENESYS, at.plusMillis(1), null));
    }

    // --- mass-disappearance holds --------------------------------------------------------------------------------

    @Test
    void heldRunsShareOneOpenHoldWhichAConfirmationLetsThroughOnce() {
        assertThat(store.disappearanceHolds().confirm("ops")).as("nothing to confirm").isFalse();
        store.disappearanceHolds().hold(CONTACT, 1, Side.GENESYS, 70, 100);
        store.disappearanceHolds().hold(CONTACT, 2, Side.GENESYS, 90, 100);

        assertThat(store.disappearanceHolds().recent(10)).singleElement().satisfies(hold -> {
            assertThat(hold.runId()).isEqualTo(2);
            assertThat(hold.gone()).isEqualTo(90);
            assertThat(hold.status()).isEqualTo(HoldStatus.OPEN);
        });
        assertThat(store.disappearanceHolds().useConfirmation(CONTACT)).as("not confirmed yet").isFalse();
        assertThat(store.disappearanceHolds().confirm("ops")).isTrue();
        assertThat(store.disappearanceHolds().recent(10).get(0).confirmedBy()).isEqualTo("ops");
        assertThat(store.disappearanceHolds().useConfirmation(CONTACT)).isTrue();
        assertThat(store.disappearanceHolds().useConfirmation(CONTACT)).as("used up").isFalse();
        assertThat(store.disappearanceHolds().recent(10).get(0).status()).isEqualTo(HoldStatus.USED);
    }

    @Test
    void aRunWithoutDisappearanceClearsAnOpenHoldAndAnUnusedConfirmation() {
        store.disappearanceHolds().hold(CONTACT, 1, Side.SALESFORCE, 70, 100);
        store.disappearanceHolds().confirm("ops");
        store.disappearanceHolds().clear(CONTACT);

        assertThat(store.disappearanceHolds().useConfirmation(CONTACT)).as("a stale confirmation lets nothing through").isFalse();
        assertThat(store.disappearanceHolds().recent(10).get(0).status()).isEqualTo(HoldStatus.CLEARED);
    }

    @Test
    void eachObjectsPassHoldsClearsAndUsesOnlyItsOwnHold() {
        store.disappearanceHolds().hold(CONTACT, 1, Side.GENESYS, 70, 100);
        store.disappearanceHolds().clear(MappedObject.ORGANIZATION);
        store.disappearanceHolds().hold(MappedObject.ORGANIZATION, 1, Side.SALESFORCE, 9, 10);

        assertThat(store.disappearanceHolds().recent(10)).extracting(DisappearanceHold::object, DisappearanceHold::status)
                .containsExactly(tuple(MappedObject.ORGANIZATION, HoldStatus.OPEN), tuple(CONTACT, HoldStatus.OPEN));
        assertThat(store.disappearanceHolds().confirm("ops")).as("every open hold").isTrue();
        assertThat(store.disappearanceHolds().confirmed(CONTACT)).isTrue();
        assertThat(store.disappearanceHolds().useConfirmation(MappedObject.ORGANIZATION)).isTrue();
        assertThat(store.disappearanceHolds().confirmed(MappedObject.ORGANIZATION)).as("used up").isFalse();
        assertThat(store.disappearanceHolds().useConfirmation(CONTACT)).as("the contacts' own").isTrue();
    }

    // --- runs ---------------------------------------------------------------------------------------------------

    @Test
    void opensAndClosesARunWithItsCounts() {
        SyncRun run = store.runs().open(RunTrigger.API, "host-1");
        clock.advance(Duration.ofSeconds(42));
        RunCounts counts = new RunCounts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        assertThat(store.runs().close(run.id(), RunStatus.PARTIAL, counts, "2 records dead-lettered")).isTrue();
        assertThat(store.runs().close(run.id(), RunStatus.SUCCEEDED, RunCounts.NONE, null)).as("closed once").isFalse();

        SyncRun closed = store.runs().get(run.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(closed.trigger()).isEqualTo(RunTrigger.API);
        assertThat(closed.owner()).isEqualTo("host-1");
        assertThat(closed.counts()).isEqualTo(counts);
        assertThat(closed.startedAt()).isEqualTo(START);
        assertThat(closed.finishedAt()).isEqualTo(START.plusSeconds(42));
        assertThat(closed.errorText()).isEqualTo("2 records dead-lettered");
        assertThat(store.runs().get(run.id() + 1000)).isEmpty();
    }

    @Test
    void listsRecentRunsNewestFirstAndAbandonsOnesLeftRunning() {
        SyncRun dead = store.runs().open(RunTrigger.SCHEDULE, "host-1");
        clock.advance(Duration.ofMinutes(5));
        SyncRun current = store.runs().open(RunTrigger.SCHEDULE, "host-2");

        int abandoned = store.runs().abandonRunning(current.startedAt());

        assertThat(abandoned).isEqualTo(1);
        assertThat(store.runs().recent(10)).extracting(SyncRun::id).containsExactly(current.id(), dead.id());
        assertThat(store.runs().recent(1)).extracting(SyncRun::id).containsExactly(current.id());
        SyncRun marked = store.runs().get(dead.id()).orElseThrow();
        assertThat(marked.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(marked.finishedAt()).isEqualTo(clock.instant());
        assertThat(store.runs().get(current.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void findsTheLatestRunThatEndedInOneOfTheStatuses() {
        SyncRun succeeded = store.runs().open(RunTrigger.SCHEDULE, "host-1");
        store.runs().close(succeeded.id(), RunStatus.SUCCEEDED, RunCounts.NONE, null);
        clock.advance(Duration.ofMinutes(1));
        SyncRun partial = store.runs().open(RunTrigger.SCHEDULE, "host-1");
        store.runs().close(partial.id(), RunStatus.PARTIAL, RunCounts.NONE, null);
        clock.advance(Duration.ofMinutes(1));
        SyncRun failed = store.runs().open(RunTrigger.SCHEDULE, "host-1");
        store.runs().close(failed.id(), RunStatus.FAILED, RunCounts.NONE, "down");

        assertThat(store.runs().latestWithStatus(List.of(RunStatus.SUCCEEDED))).map(SyncRun::id)
                .contains(succeeded.id());
        assertThat(store.runs().latestWithStatus(List.of(RunStatus.SUCCEEDED, RunStatus.PARTIAL))).map(SyncRun::id)
                .contains(partial.id());
        assertThat(store.runs().latestWithStatus(List.of(RunStatus.ABANDONED))).isEmpty();
    }

    // --- conflicts ----------------------------------------------------------------------------------------------

    @Test
    void recordsConflictsAndResolvesAnOpenOneOnce() {
        long runId = store.runs().open(RunTrigger.SCHEDULE, "host-1").id();
        List<Long> ids = store.conflicts().record(List.of(
                conflict(runId, "email", "LAST_WRITE", Side.GENESYS, "b@example.com", ConflictStatus.AUTO_RESOLVED),
                conflict(runId, "title", "MANUAL", null, null, ConflictStatus.OPEN)));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        Conflict auto = store.conflicts().get(ids.get(0)).orElseThrow();
        assertThat(auto).isEqualTo(new Conflict(ids.get(0), new NewConflict(CONTACT, runId, "pair-1", "003A", "g-a",
                "email", "base", "sf value", "g value", START.minusSeconds(60), START.minusSeconds(30), "LAST_WRITE",
                "threeWayMerge", Side.GENESYS, "b@example.com", ConflictStatus.AUTO_RESOLVED), START, START, null, null, null,
                null, null));
        assertThat(store.conflicts().list(null, ConflictStatus.OPEN, 10)).extracting(Conflict::id)
                .containsExactly(ids.get(1));
        assertThat(store.conflicts().count(CONTACT, ConflictStatus.OPEN)).isEqualTo(1);

        ConflictResolution decision = new ConflictResolution("Dr", Side.SALESFORCE, "operator@example.com", "checked");
        clock.advance(Duration.ofHours(1));
        assertThat(store.conflicts().resolve(ids.get(1), ConflictStatus.OPEN, decision)).isTrue();
        assertThat(store.conflicts().resolve(ids.get(1), ConflictStatus.OPEN, decision)).as("only an OPEN one").isFalse();
        assertThat(store.conflicts().resolve(ids.get(0), ConflictStatus.OPEN, decision))
                .as("not an auto-resolved one as if it were OPEN").isFalse();

        Conflict resolved = store.conflicts().get(ids.get(1)).orElseThrow();
        assertThat(resolved.details().status()).isEqualTo(ConflictStatus.RESOLVED);
        assertThat(resolved.details().chosenValue()).isEqualTo("Dr");
        assertThat(resolved.details().winner()).isEqualTo(Side.SALESFORCE);
        assertThat(resolved.resolvedBy()).isEqualTo("operator@example.com");
        assertThat(resolved.resolutionNote()).isEqualTo("checked");
        assertThatThrownBy(() -> store.conflicts().record(List.of(
                conflict(runId, "title", "MANUAL", Side.SALESFORCE, "Dr", ConflictStatus.RESOLVED))))
                .as("only an operator resolves").isInstanceOf(IllegalArgumentException.class);
        assertThat(store.conflicts().count(CONTACT, ConflictStatus.RESOLVED)).isEqualTo(1);
        assertThat(resolved.resolvedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(store.conflicts().count(CONTACT, ConflictStatus.OPEN)).isZero();
        assertThat(store.conflicts().count(CONTACT, ConflictStatus.RESOLVED)).isEqualTo(1);
        assertThat(resolved.overriddenWinner()).isNull();
    }

    @Test
    void anOverriddenAutoResolvedConflictKeepsThePolicysDecisionAsTheAudit() {
        long runId = store.runs().open(RunTrigger.SCHEDULE, "host-1").id();
        long id = store.conflicts().record(List.of(
                conflict(runId, "email", "LAST_WRITE", Side.GENESYS, "b@example.com", ConflictStatus.AUTO_RESOLVED))).get(0);

        assertThat(store.conflicts().resolve(id, ConflictStatus.AUTO_RESOLVED,
                new ConflictResolution("a@example.com", Side.SALESFORCE, "ops", null))).isTrue();

        Conflict overridden = store.conflicts().get(id).orElseThrow();
        assertThat(overridden.details().status()).isEqualTo(ConflictStatus.RESOLVED);
        assertThat(overridden.details().winner()).isEqualTo(Side.SALESFORCE);
        assertThat(overridden.details().chosenValue()).isEqualTo("a@example.com");
        assertThat(overridden.overriddenWinner()).isEqualTo(Side.GENESYS);
        assertThat(overridden.overriddenValue()).isEqualTo("b@example.com");
    }

    @Test
    void anOpenConflictFoundAgainIsUpdatedNotRecordedTwiceAndClosesWhenBothAgree() {
        long firstRun = store.runs().open(RunTrigger.SCHEDULE, "host-1").id();
        long id = store.conflicts().record(List.of(conflict(firstRun, "title", "MANUAL", null, null,
                ConflictStatus.OPEN))).get(0);
        clock.advance(Duration.ofMinutes(5));
        NewConflict again = new NewConflict(CONTACT, firstRun + 1, "pair-1", "003A", "g-a", "title", "base", "newer sf",
                "g value", START, START, "MANUAL", "threeWayMerge", null, null, ConflictStatus.OPEN);

        assertThat(store.conflicts().record(List.of(again))).containsExactly(id);

        assertThat(store.conflicts().count(CONTACT, ConflictStatus.OPEN)).isEqualTo(1);
        Conflict updated = store.conflicts().get(id).orElseThrow();
        assertThat(updated.details().salesforceValue()).isEqualTo("newer sf");
        assertThat(updated.details().runId()).as("counted in the run that found it first").isEqualTo(firstRun);
        assertThat(updated.detectedAt()).isEqualTo(START);
        assertThat(updated.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));

        assertThat(store.conflicts().closeAgreed(Map.of("pair-1", Set.of("email")))).as("another field").isZero();
        assertThat(store.conflicts().closeAgreed(Map.of("pair-1", Set.of("title")))).isEqualTo(1);
        assertThat(store.conflicts().get(id).orElseThrow().details().status()).isEqualTo(ConflictStatus.AGREED);
        assertThat(store.conflicts().record(List.of(again))).as("a new disagreement is a new conflict")
                .doesNotContain(id);
    }

    @Test
    void theOpenConflictsOfARetiredPairCloseAsPairRetired() {
        long run = store.runs().open(RunTrigger.SCHEDULE, "host-1").id();
        long open = store.conflicts().record(List.of(conflict(run, "title", "MANUAL", null, null,
                ConflictStatus.OPEN))).get(0);
        long decided = store.conflicts().record(List.of(conflict(run, "email", "LAST_WRITE", Side.SALESFORCE, "a@x.com",
                ConflictStatus.AUTO_RESOLVED))).get(0);

        assertThat(store.conflicts().closeRetired(List.of("pair-2"))).as("another pair").isZero();
        assertThat(store.conflicts().closeRetired(List.of("pair-1"))).isEqualTo(1);

        assertThat(store.conflicts().get(open).orElseThrow().details().status()).isEqualTo(ConflictStatus.PAIR_RETIRED);
        assertThat(store.conflicts().get(decided).orElseThrow().details().status())
                .isEqualTo(ConflictStatus.AUTO_RESOLVED);
    }

    @Test
    void countsARunsConflictsPerObjectFieldAndPolicy() {
        store.conflicts().record(List.of(
                conflict(7L, "email", "LAST_WRITE", Side.GENESYS, "b@example.com", ConflictStatus.AUTO_RESOLVED),
                conflict(7L, "email", "LAST_WRITE", Side.SALESFORCE, "c@example.com", ConflictStatus.AUTO_RESOLVED),
                conflict(7L, "title", "MANUAL", null, null, ConflictStatus.OPEN),
                conflict(7L, "name", "LAST_WRITE", Side.GENESYS, "Ada", ConflictStatus.AUTO_RESOLVED),
                organizationConflict("pair-org"),
                conflict(8L, "email", "LAST_WRITE", Side.GENESYS, "d@example.com", ConflictStatus.AUTO_RESOLVED)));

        assertThat(store.conflicts().countsByRun(7L)).containsExactlyInAnyOrder(
                new ConflictCount(CONTACT, "email", "LAST_WRITE", 2), new ConflictCount(CONTACT, "title", "MANUAL", 1),
                new ConflictCount(CONTACT, "name", "LAST_WRITE", 1),
                new ConflictCount(MappedObject.ORGANIZATION, "name", "LAST_WRITE", 1));
        assertThat(store.conflicts().countsByRun(9L)).isEmpty();
    }

    @Test
    void listsConflictsNewestFirstUpToTheLimit() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.addAll(store.conflicts().record(List.of(conflict(null, "f" + i, "MANUAL", null, null, ConflictStatus.OPEN))));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(store.conflicts().list(null, ConflictStatus.OPEN, 2)).extracting(Conflict::id)
                .containsExactly(ids.get(2), ids.get(1));
    }

    // --- journal ------------------------------------------------------------------------------------------------

    @Test
    void appendsJournalEntriesAndListsThemByPairAndByRun() {
        store.journal().append(List.of(
                new NewJournalEntry(CONTACT, 7L, "pair-1", Side.GENESYS, "g-a", JournalAction.CREATE,
                        List.of("email", "lastName"), null, "{\"email\":\"a@example.com\"}"),
                new NewJournalEntry(CONTACT, 7L, "pair-2", Side.SALESFORCE, "003B", JournalAction.UPDATE,
                        List.of("title"), "{\"title\":\"Mr\"}", "{\"title\":\"Dr\"}")));
        clock.advance(Duration.ofMinutes(1));
        store.journal().append(List.of(
                new NewJournalEntry(CONTACT, 8L, "pair-1", null, null, JournalAction.LINK, List.of(), null, null)));

        List<JournalEntry> pairOne = store.journal().listByPair("pair-1", 10);
        assertThat(pairOne).extracting(entry -> entry.write().action()).containsExactly(JournalAction.LINK, JournalAction.CREATE);
        JournalEntry create = pairOne.get(1);
        assertThat(create.write().fieldsWritten()).containsExactly("email", "lastName");
        assertThat(create.write().side()).isEqualTo(Side.GENESYS);
        assertThat(create.write().recordId()).isEqualTo("g-a");
        assertThat(create.write().beforeJson()).isNull();
        assertThat(create.write().afterJson()).isEqualTo("{\"email\":\"a@example.com\"}");
        assertThat(create.writtenAt()).isEqualTo(START);
        assertThat(store.journal().listByRun(null, 7L, 10)).extracting(entry -> entry.write().pairId())
                .containsExactlyInAnyOrder("pair-1", "pair-2");
        assertThat(store.journal().listByPair("pair-1", 1)).hasSize(1);
    }

    @Test
    void countsARunsWritesPerObjectSideAndAction() {
        store.journal().append(List.of(
                new NewJournalEntry(CONTACT, 7L, "pair-1", Side.GENESYS, "g-a", JournalAction.CREATE, List.of("email"),
                        null, "{}"),
                new NewJournalEntry(CONTACT, 7L, "pair-2", Side.GENESYS, "g-b", JournalAction.CREATE, List.of("email"),
                        null, "{}"),
                new NewJournalEntry(CONTACT, 7L, "pair-3", Side.SALESFORCE, "003C", JournalAction.DELETE, List.of(),
                        "{}", null),
                new NewJournalEntry(MappedObject.ORGANIZATION, 7L, "pair-5", Side.GENESYS, "g-org",
                        JournalAction.CREATE, List.of("name"), null, "{}"),
                new NewJournalEntry(CONTACT, 8L, "pair-4", Side.SALESFORCE, "003D", JournalAction.UPDATE,
                        List.of("title"), "{}", "{}")));

        assertThat(store.journal().countsByRun(7L)).containsExactlyInAnyOrder(
                new WriteCount(CONTACT, Side.GENESYS, JournalAction.CREATE, 2),
                new WriteCount(MappedObject.ORGANIZATION, Side.GENESYS, JournalAction.CREATE, 1),
                new WriteCount(CONTACT, Side.SALESFORCE, JournalAction.DELETE, 1));
    }

    // --- dead letters -------------------------------------------------------------------------------------------

    @Test
    void aRecordThatKeepsFailingStaysOneDeadLetterWithMoreAttempts() {
        long first = store.deadLetters().add(deadLetter("g-a", "UPDATE", "HTTP 400 invalid phone")).id();
        clock.advance(Duration.ofMinutes(5));
        long again = store.deadLetters().add(deadLetter("g-a", "UPDATE", "HTTP 400 invalid phone again")).id();
        long otherOperation = store.deadLetters().add(deadLetter("g-a", "CREATE", "HTTP 409")).id();

        assertThat(again).isEqualTo(first);
        assertThat(otherOperation).isNotEqualTo(first);
        DeadLetter letter = store.deadLetters().get(first).orElseThrow();
        assertThat(letter.attempts()).isEqualTo(2);
        assertThat(letter.error()).isEqualTo("HTTP 400 invalid phone again");
        assertThat(letter.createdAt()).isEqualTo(START);
        assertThat(letter.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(letter.status()).isEqualTo(DeadLetterStatus.OPEN);
        assertThat(letter.replayable()).isTrue();
        assertThat(letter.payload()).isEqualTo("{\"id\":\"g-a\"}");
        assertThat(store.deadLetters().count(CONTACT, DeadLetterStatus.OPEN)).isEqualTo(2);
    }

    @Test
    void aDeadLetterIsReplayedOrDiscardedOnce() {
        long replayed = store.deadLetters().add(deadLetter("g-a", "UPDATE", "timeout")).id();
        long discarded = store.deadLetters().add(deadLetter("003B", "CREATE", "required field missing")).id();

        assertThat(store.deadLetters().recordFailedAttempt(replayed, "timeout again")).isTrue();
        assertThat(store.deadLetters().markReplayed(replayed)).isTrue();
        assertThat(store.deadLetters().markDiscarded(discarded)).isTrue();
        assertThat(store.deadLetters().markReplayed(replayed)).isFalse();
        assertThat(store.deadLetters().markReplayed(discarded)).isFalse();
        assertThat(store.deadLetters().recordFailedAttempt(replayed, "late")).isFalse();

        DeadLetter done = store.deadLetters().get(replayed).orElseThrow();
        assertThat(done.status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.error()).isEqualTo("timeout again");
        assertThat(store.deadLetters().list(null, DeadLetterStatus.DISCARDED, 10)).extracting(DeadLetter::id)
                .containsExactly(discarded);
        assertThat(store.deadLetters().count(CONTACT, DeadLetterStatus.OPEN)).isZero();
        assertThat(store.deadLetters().add(deadLetter("g-a", "UPDATE", "fails once more")).id()).as("a new failure")
                .isNotEqualTo(replayed);
    }

    @Test
    void aCreateFailingAgainFromTheSameSourceRecordIsOneDeadLetter() {
        RecordRef source = RecordRef.genesys("g-a");
        DeadLetterFiled first = store.deadLetters().add(createLetter(source, "HTTP 503"));
        DeadLetterFiled again = store.deadLetters().add(createLetter(source, "HTTP 503 again"));
        DeadLetterFiled otherSource = store.deadLetters().add(createLetter(RecordRef.genesys("g-b"), "HTTP 503"));

        assertThat(first.opened()).isTrue();
        assertThat(again).isEqualTo(new DeadLetterFiled(first.id(), false));
        assertThat(otherSource.opened()).isTrue();
        DeadLetter letter = store.deadLetters().get(first.id()).orElseThrow();
        assertThat(letter.source()).isEqualTo(source);
        assertThat(letter.recordId()).isNull();
        assertThat(letter.attempts()).isEqualTo(2);
    }

    @Test
    void recordsThatSyncedResolveTheirOpenDeadLettersAsTargetOrAsSource() {
        long asTarget = store.deadLetters().add(deadLetter("g-a", "UPDATE", "HTTP 503")).id();
        long asSource = store.deadLetters().add(createLetter(RecordRef.genesys("g-b"), "HTTP 503")).id();
        long discarded = store.deadLetters().add(deadLetter("g-b", "UPDATE", "bad")).id();
        store.deadLetters().markDiscarded(discarded);
        long otherRecord = store.deadLetters().add(deadLetter("g-c", "UPDATE", "HTTP 503")).id();
        clock.advance(Duration.ofMinutes(1));

        int resolved = store.deadLetters().resolve(List.of(RecordRef.genesys("g-a"), RecordRef.genesys("g-b")));

        assertThat(resolved).isEqualTo(2);
        assertThat(store.deadLetters().get(asTarget).orElseThrow().status()).isEqualTo(DeadLetterStatus.RESOLVED);
        assertThat(store.deadLetters().get(asTarget).orElseThrow().updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(store.deadLetters().get(asSource).orElseThrow().status()).isEqualTo(DeadLetterStatus.RESOLVED);
        assertThat(store.deadLetters().get(discarded).orElseThrow().status()).isEqualTo(DeadLetterStatus.DISCARDED);
        assertThat(store.deadLetters().get(otherRecord).orElseThrow().status()).isEqualTo(DeadLetterStatus.OPEN);
    }

    @Test
    void openItemsOfAKindCloseByTheirKeysWhenNoLongerNeeded() {
        long settled = store.reviews().open(deleteConflict("link:p-1"));
        long waiting = store.reviews().open(deleteConflict("link:p-2"));
        long otherKind = store.reviews().open(new NewReviewItem(CONTACT, ReviewKind.AMBIGUOUS_MATCH, "link:p-1",
                List.of("003A"), List.of("g-1", "g-2"), "two candidates", null));

        assertThat(store.reviews().openKeys(CONTACT, ReviewKind.DELETE_CONFLICT)).containsExactlyInAnyOrder("link:p-1",
                "link:p-2");
        assertThat(store.reviews().closeNoLongerNeeded(CONTACT, ReviewKind.DELETE_CONFLICT, List.of("link:p-1")))
                .isEqualTo(1);

        assertThat(store.reviews().get(settled).orElseThrow().status()).isEqualTo(ReviewStatus.NO_LONGER_NEEDED);
        assertThat(store.reviews().get(waiting).orElseThrow().status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(store.reviews().get(otherKind).orElseThrow().status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(store.reviews().openKeys(CONTACT, ReviewKind.DELETE_CONFLICT)).containsExactly("link:p-2");
        assertThat(store.reviews().open(deleteConflict("link:p-1"))).as("the situation found again: a new item")
                .isNotEqualTo(settled);
    }

    // --- refetch requests (operators' and failed records' retries) ---------------------------------------------

    @Test
    void aFailedRecordIsDueAfterItsBackOffAndAnotherFailureCountsAnAttempt() {
        RecordRef record = RecordRef.salesforce("003A");
        store.refetches().failed(CONTACT, List.of(record), "HTTP 503",
                (attempts, now) -> now.plus(Duration.ofMinutes(attempts)));

        assertThat(store.refetches().due(CONTACT)).isEmpty();
        assertThat(store.refetches().retrying(CONTACT)).containsExactly(record);
        clock.advance(Duration.ofMinutes(1));
        assertThat(store.refetches().due(CONTACT)).containsExactly(record);

        store.refetches().failed(CONTACT, List.of(record), "HTTP 503 again",
                (attempts, now) -> now.plus(Duration.ofMinutes(attempts)));

        assertThat(store.refetches().all()).singleElement().satisfies(request -> {
            assertThat(request.attempts()).isEqualTo(2);
            assertThat(request.lastError()).isEqualTo("HTTP 503 again");
            assertThat(request.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));
            assertThat(request.requestedAt()).isEqualTo(START);
        });
        assertThat(store.refetches().due(CONTACT)).isEmpty();
    }

    @Test
    void aRecordRefusedForItsValuesWaitsForAnEditUnlessAnOperatorAsksForIt() {
        RecordRef record = RecordRef.genesys("g-a");
        store.refetches().failed(CONTACT, List.of(record), "HTTP 400 invalid email", (attempts, now) -> null);
        clock.advance(Duration.ofDays(30));

        assertThat(store.refetches().due(CONTACT)).isEmpty();
        assertThat(store.refetches().all()).singleElement()
                .satisfies(request -> assertThat(request.nextAttemptAt()).isNull());

        store.refetches().request(CONTACT, List.of(record), "linked by ops");

        assertThat(store.refetches().due(CONTACT)).containsExactly(record);
        assertThat(store.refetches().all()).singleElement()
                .satisfies(request -> assertThat(request.attempts()).isEqualTo(1));
    }

    @Test
    void settlingDropsTheOperatorsRequestsReadAndTheRetriesSyncedButNotThoseThatFailedDuringTheCycle() {
        RecordRef asked = RecordRef.salesforce("003A");
        RecordRef healed = RecordRef.salesforce("003B");
        RecordRef failedAgain = RecordRef.genesys("g-c");
        RecordRef stillFailing = RecordRef.genesys("g-d");
        store.refetches().request(CONTACT, List.of(asked), "linked by ops");
        store.refetches().failed(CONTACT, List.of(healed, failedAgain, stillFailing), "HTTP 503",
                (attempts, now) -> now);
        Instant cycleStart = START.plus(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        store.refetches().failed(CONTACT, List.of(failedAgain), "HTTP 503 again", (attempts, now) -> now);

        List<RecordRef> settled = store.refetches().settle(List.of(asked, healed, failedAgain, stillFailing),
                List.of(healed, failedAgain), cycleStart);

        assertThat(settled).containsExactly(healed);
        assertThat(store.refetches().all()).extracting(RefetchRequest::record)
                .containsExactlyInAnyOrder(failedAgain, stillFailing);
    }

    // --- review items -------------------------------------------------------------------------------------------

    @Test
    void findingTheSameSituationAgainRefreshesTheOpenReviewItem() {
        long first = store.reviews().open(ambiguous("ada@example.com", List.of("g-1", "g-2")));
        clock.advance(Duration.ofMinutes(5));
        long again = store.reviews().open(ambiguous("ada@example.com", List.of("g-1", "g-2", "g-3")));
        long other = store.reviews().open(ambiguous("bob@example.com", List.of("g-7", "g-8")));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(store.reviews().count(CONTACT, ReviewStatus.OPEN)).isEqualTo(2);
        ReviewItem item = store.reviews().get(first).orElseThrow();
        assertThat(item.genesysIds()).containsExactly("g-1", "g-2", "g-3");
        assertThat(item.salesforceIds()).containsExactly("003A");
        assertThat(item.createdAt()).isEqualTo(START);
        assertThat(item.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(store.reviews().list(null, ReviewStatus.OPEN, 10)).extracting(ReviewItem::id)
                .containsExactly(other, first);
    }

    @Test
    void resolvingAReviewItemAsDistinctMarksItsRecordsAsDifferentPeople() {
        long id = store.reviews().open(ambiguous("ada@example.com", List.of("g-1", "g-2")));
        assertThat(store.reviews().isMarkedDistinct("003A", "g-1")).isFalse();

        assertThat(store.reviews().resolve(id, ReviewResolution.DISTINCT, "operator", "different people")).isTrue();
        assertThat(store.reviews().resolve(id, ReviewResolution.LINKED, "operator", null)).as("resolved once").isFalse();

        assertThat(store.reviews().isMarkedDistinct("003A", "g-1")).isTrue();
        assertThat(store.reviews().isMarkedDistinct("003A", "g-2")).isTrue();
        assertThat(store.reviews().isMarkedDistinct(RecordRef.genesys("g-2"), RecordRef.genesys("g-1"))).isTrue();
        assertThat(store.reviews().isMarkedDistinct(RecordRef.genesys("g-1"), RecordRef.salesforce("003A"))).isTrue();
        assertThat(store.reviews().isMarkedDistinct("003A", "g-3")).isFalse();
        ReviewItem item = store.reviews().get(id).orElseThrow();
        assertThat(item.status()).isEqualTo(ReviewStatus.RESOLVED);
        assertThat(item.resolution()).isEqualTo(ReviewResolution.DISTINCT);
        assertThat(item.resolvedBy()).isEqualTo("operator");
        assertThat(item.resolutionNote()).isEqualTo("different people");

        long reopened = store.reviews().open(ambiguous("ada@example.com", List.of("g-1", "g-2")));
        assertThat(reopened).as("a resolved item is not reopened").isNotEqualTo(id);
        assertThat(store.reviews().resolve(reopened, ReviewResolution.DISTINCT, "operator", "again")).isTrue();
        assertThat(store.reviews().isMarkedDistinct("003A", "g-1")).isTrue();
    }

    @Test
    void resolvingAsLinkedMarksNothingDistinct() {
        long id = store.reviews().open(ambiguous("ada@example.com", List.of("g-1")));

        assertThat(store.reviews().resolve(id, ReviewResolution.LINKED, "operator", null)).isTrue();

        assertThat(store.reviews().isMarkedDistinct("003A", "g-1")).isFalse();
        assertThat(store.reviews().count(CONTACT, ReviewStatus.RESOLVED)).isEqualTo(1);
    }

    // --- retention ----------------------------------------------------------------------------------------------

    @Test
    void purgesOnlyDecidedAuditOlderThanTheCutoff() {
        SyncRun oldRun = store.runs().open(RunTrigger.SCHEDULE, "host-1");
        store.runs().close(oldRun.id(), RunStatus.SUCCEEDED, RunCounts.NONE, null);
        store.journal().append(List.of(journalEntry("old")));
        List<Long> oldConflicts = store.conflicts().record(List.of(
                conflict(null, "email", "LAST_WRITE", Side.SALESFORCE, "x", ConflictStatus.AUTO_RESOLVED),
                conflict(null, "title", "MANUAL", null, null, ConflictStatus.OPEN)));
        long discarded = store.deadLetters().add(deadLetter("g-a", "UPDATE", "bad")).id();
        store.deadLetters().markDiscarded(discarded);
        long openLetter = store.deadLetters().add(deadLetter("g-b", "UPDATE", "bad")).id();
        long resolvedItem = store.reviews().open(ambiguous("a@example.com", List.of("g-1")));
        store.reviews().resolve(resolvedItem, ReviewResolution.DISMISSED, "operator", null);
        long openItem = store.reviews().open(ambiguous("b@example.com", List.of("g-2")));
        clock.advance(Duration.ofDays(100));
        Instant cutoff = clock.instant();
        store.journal().append(List.of(journalEntry("new")));

        PurgeResult purged = store.purgeAuditOlderThan(cutoff);

        assertThat(purged).isEqualTo(new PurgeResult(1, 1, 1, 1, 1));
        assertThat(store.journal().listByPair("old", 10)).isEmpty();
        assertThat(store.journal().listByPair("new", 10)).hasSize(1);
        assertThat(store.conflicts().get(oldConflicts.get(0))).isEmpty();
        assertThat(store.conflicts().get(oldConflicts.get(1))).isPresent();
        assertThat(store.deadLetters().get(discarded)).isEmpty();
        assertThat(store.deadLetters().get(openLetter)).isPresent();
        assertThat(store.runs().get(oldRun.id())).isEmpty();
        assertThat(store.reviews().get(resolvedItem)).isEmpty();
        assertThat(store.reviews().get(openItem)).isPresent();
    }

    // --- transactions -------------------------------------------------------------------------------------------

    @Test
    void aPairsResultsCommitTogether() {
        String pairId = store.inTransaction(tables -> {
            ContactLink link = tables.links().create(newLink("003A", "g-a", "a@example.com"));
            tables.journal().append(List.of(new NewJournalEntry(CONTACT, null, link.pairId(), Side.GENESYS, "g-a",
                    JournalAction.CREATE, List.of("email"), null, "{}")));
            tables.conflicts().record(List.of(conflict(null, "title", "MANUAL", null, null, ConflictStatus.OPEN)));
            return link.pairId();
        });

        assertThat(store.links().findByPairId(pairId)).isPresent();
        assertThat(store.journal().listByPair(pairId, 10)).hasSize(1);
        assertThat(store.conflicts().count(CONTACT, ConflictStatus.OPEN)).isEqualTo(1);
    }

    @Test
    void aFailureHalfWayLeavesNothingOfThePairsResults() {
        IllegalStateException crash = new IllegalStateException("crash after the link was written");

        assertThatThrownBy(() -> store.useTransaction(tables -> {
            ContactLink link = tables.links().create(newLink("003A", "g-a", "a@example.com"));
            tables.journal().append(List.of(new NewJournalEntry(CONTACT, null, link.pairId(), Side.GENESYS, "g-a",
                    JournalAction.CREATE, List.of("email"), null, "{}")));
            throw crash;
        })).isSameAs(crash);

        assertThat(store.links().findByRecordId(Side.SALESFORCE, "003A")).isEmpty();
        assertThat(store.links().count(CONTACT, LinkStatus.ACTIVE)).isZero();
    }

    @Test
    void aDatabaseErrorInATransactionRollsItBackAsAStoreException() {
        store.links().create(newLink("003A", "g-a", "a@example.com"));

        assertThatThrownBy(() -> store.useTransaction(tables -> {
            tables.links().create(newLink("003B", "g-b", "b@example.com"));
            tables.links().create(newLink("003A", "g-c", "c@example.com"));
        })).isInstanceOf(DuplicateRecordException.class);

        assertThat(store.links().findByRecordId(Side.SALESFORCE, "003B")).isEmpty();
    }

    // --- objects (contacts, organizations) ------------------------------------------------------------------------

    @Test
    void theWatermarksOfEachObjectMoveIndependently() {
        Instant contacts = Instant.parse("2026-02-28T12:00:00Z");
        Instant organizations = contacts.minusSeconds(3600);

        store.watermarks().advance(CONTACT, Side.SALESFORCE, contacts, "003A");
        assertThat(store.watermarks().get(MappedObject.ORGANIZATION, Side.SALESFORCE)).isEmpty();
        assertThat(store.watermarks().advance(MappedObject.ORGANIZATION, Side.SALESFORCE, organizations, "001A"))
                .as("behind the contacts' watermark, yet ahead of its own").isTrue();
        store.watermarks().markMappedFields(MappedObject.ORGANIZATION, Side.GENESYS, "org-fields");

        assertThat(store.watermarks().get(CONTACT, Side.SALESFORCE))
                .contains(new Watermark(Side.SALESFORCE, contacts, "003A"));
        assertThat(store.watermarks().get(MappedObject.ORGANIZATION, Side.SALESFORCE))
                .contains(new Watermark(Side.SALESFORCE, organizations, "001A"));
        assertThat(store.watermarks().mappedFields(MappedObject.ORGANIZATION, Side.GENESYS)).contains("org-fields");
        assertThat(store.watermarks().mappedFields(CONTACT, Side.GENESYS)).isEmpty();
    }

    @Test
    void everyRowReadsBackWithItsObject() {
        ContactLink link = store.links().create(new NewLink(MappedObject.ORGANIZATION, "001A", "g-org", null, null,
                null));
        long conflict = store.conflicts().record(List.of(organizationConflict(link.pairId()))).get(0);
        long letter = store.deadLetters().add(new NewDeadLetter(MappedObject.ORGANIZATION, null, Side.GENESYS,
                "g-org", "UPDATE", "{}", "HTTP 400", false, null)).id();
        long review = store.reviews().open(new NewReviewItem(MappedObject.ORGANIZATION, ReviewKind.AMBIGUOUS_MATCH,
                "name:acme", List.of("001A"), List.of("g-org", "g-org2"), "two organizations named Acme", null));
        store.journal().append(List.of(new NewJournalEntry(MappedObject.ORGANIZATION, 7L, link.pairId(),
                Side.GENESYS, "g-org", JournalAction.UPDATE, List.of("name"), "{}", "{}")));
        store.refetches().request(MappedObject.ORGANIZATION, List.of(RecordRef.salesforce("001A")), "linked");

        assertThat(store.links().findByRecordId(Side.SALESFORCE, "001A")).map(ContactLink::object)
                .contains(MappedObject.ORGANIZATION);
        assertThat(store.conflicts().get(conflict)).map(c -> c.details().object()).contains(MappedObject.ORGANIZATION);
        assertThat(store.deadLetters().get(letter)).map(DeadLetter::object).contains(MappedObject.ORGANIZATION);
        assertThat(store.reviews().get(review)).map(ReviewItem::object).contains(MappedObject.ORGANIZATION);
        assertThat(store.journal().listByPair(link.pairId(), 10)).extracting(entry -> entry.write().object())
                .containsExactly(MappedObject.ORGANIZATION);
        assertThat(store.refetches().all()).extracting(RefetchRequest::object)
                .containsExactly(MappedObject.ORGANIZATION);
    }

    @Test
    void countsAndListsArePerObjectAndTheFilterLeftOpenListsEvery() {
        ContactLink contact = store.links().create(newLink("003A", "g-a", "a@example.com"));
        ContactLink organization = store.links().create(new NewLink(MappedObject.ORGANIZATION, "001A", "g-org", null,
                null, null));
        store.conflicts().record(List.of(conflict(7L, "title", "LAST_WRITE", null, null, ConflictStatus.OPEN),
                organizationConflict(organization.pairId())));
        store.deadLetters().add(deadLetter("003B", "UPDATE", "HTTP 400"));
        store.deadLetters().add(new NewDeadLetter(MappedObject.ORGANIZATION, null, Side.SALESFORCE, "001B",
                "UPDATE", "{}", "HTTP 400", true, null));
        store.reviews().open(deleteConflict("link:" + contact.pairId()));
        store.reviews().open(new NewReviewItem(MappedObject.ORGANIZATION, ReviewKind.DELETE_CONFLICT,
                "link:" + organization.pairId(), List.of("001A"), List.of(), "deleted against an edit", null));
        store.journal().append(List.of(
                new NewJournalEntry(CONTACT, 7L, contact.pairId(), Side.SALESFORCE, "003A",
                        JournalAction.UPDATE, List.of("title"), "{}", "{}"),
                new NewJournalEntry(MappedObject.ORGANIZATION, 7L, organization.pairId(), Side.SALESFORCE, "001A",
                        JournalAction.UPDATE, List.of("name"), "{}", "{}")));

        for (MappedObject object : MappedObject.values()) {
            assertThat(store.links().count(object, LinkStatus.ACTIVE)).as("links of %s", object).isEqualTo(1);
            assertThat(store.conflicts().count(object, ConflictStatus.OPEN)).as("conflicts of %s", object).isEqualTo(1);
            assertThat(store.deadLetters().count(object, DeadLetterStatus.OPEN)).as("dead letters of %s", object)
                    .isEqualTo(1);
            assertThat(store.reviews().count(object, ReviewStatus.OPEN)).as("reviews of %s", object).isEqualTo(1);
            assertThat(store.links().list(object, null, null, 10)).extracting(ContactLink::object)
                    .containsExactly(object);
            assertThat(store.conflicts().list(object, null, 10)).extracting(c -> c.details().object())
                    .containsExactly(object);
            assertThat(store.deadLetters().list(object, null, 10)).extracting(DeadLetter::object)
                    .containsExactly(object);
            assertThat(store.reviews().list(object, null, 10)).extracting(ReviewItem::object).containsExactly(object);
            assertThat(store.journal().listByRun(object, 7L, 10)).extracting(entry -> entry.write().object())
                    .containsExactly(object);
        }
        assertThat(store.links().count(null, LinkStatus.ACTIVE)).isEqualTo(2);
        assertThat(store.conflicts().count(null, ConflictStatus.OPEN)).isEqualTo(2);
        assertThat(store.deadLetters().count(null, DeadLetterStatus.OPEN)).isEqualTo(2);
        assertThat(store.reviews().count(null, ReviewStatus.OPEN)).isEqualTo(2);
        assertThat(store.links().list(null, LinkStatus.ACTIVE, null, 10)).hasSize(2);
        assertThat(store.conflicts().list(null, ConflictStatus.OPEN, 10)).hasSize(2);
        assertThat(store.deadLetters().list(null, DeadLetterStatus.OPEN, 10)).hasSize(2);
        assertThat(store.reviews().list(null, ReviewStatus.OPEN, 10)).hasSize(2);
        assertThat(store.journal().listByRun(null, 7L, 10)).hasSize(2);
        assertThat(store.links().activeGenesysIds(MappedObject.ORGANIZATION)).containsExactly("g-org");
        assertThat(store.links().activeGenesysIds(CONTACT)).containsExactly("g-a");
    }

    @Test
    void aPassTakesOnlyItsObjectsRequestsAndReviewItems() {
        Instant passStart = START;
        RecordRef contact = RecordRef.genesys("g-a");
        RecordRef organization = RecordRef.genesys("g-org");
        store.refetches().failed(CONTACT, List.of(contact), "HTTP 503", (attempts, now) -> now);
        store.refetches().failed(MappedObject.ORGANIZATION, List.of(organization), "HTTP 503", (attempts, now) -> now);
        long contactItem = store.reviews().open(ambiguous("same-key", List.of("g-a", "g-b")));
        long organizationItem = store.reviews().open(new NewReviewItem(MappedObject.ORGANIZATION,
                ReviewKind.AMBIGUOUS_MATCH, "same-key", List.of("001A"), List.of("g-org", "g-org2"), "ambiguous",
                null));

        assertThat(organizationItem).as("the same key open for another object: another item").isNotEqualTo(contactItem);
        assertThat(store.refetches().due(MappedObject.ORGANIZATION)).containsExactly(organization);
        assertThat(store.refetches().retrying(CONTACT)).containsExactly(contact);
        assertThat(store.reviews().recordsOfOpenMatches(MappedObject.ORGANIZATION))
                .containsExactlyInAnyOrder(RecordRef.salesforce("001A"), organization, RecordRef.genesys("g-org2"));
        assertThat(store.reviews().openKeys(MappedObject.ORGANIZATION, ReviewKind.AMBIGUOUS_MATCH))
                .containsExactly("same-key");

        clock.advance(Duration.ofMinutes(1));
        assertThat(store.reviews().closeNoLongerFoundSince(CONTACT, passStart.plusSeconds(1)))
                .as("the contact pass closes its own item only").isEqualTo(1);
        assertThat(store.reviews().get(organizationItem)).map(ReviewItem::status).contains(ReviewStatus.OPEN);
        assertThat(store.reviews().closeNoLongerNeeded(CONTACT, ReviewKind.AMBIGUOUS_MATCH,
                List.of("same-key"))).isZero();
        assertThat(store.reviews().get(organizationItem)).map(ReviewItem::status).contains(ReviewStatus.OPEN);
    }

    @Test
    void migratingAVersion8DatabaseKeepsTheContactsWatermarksAndOpenReviewItems() throws Exception {
        store.close();
        Flyway version8 = Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration").cleanDisabled(false).target("8").load();
        version8.clean();
        version8.migrate();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE sync_watermark SET modified_at = TIMESTAMP WITH TIME ZONE"
                    + " '2026-02-28 12:00:00+00', last_id = '003A', mapped_fields = 'v8-fields'"
                    + " WHERE side = 'SALESFORCE'");
            statement.executeUpdate("INSERT INTO review_item (kind, correlation_key, open_key, salesforce_ids,"
                    + " genesys_ids, reason, status, created_at, updated_at) VALUES ('DELETE_CONFLICT', 'link:p-1',"
                    + " 'DELETE_CONFLICT:link:p-1', '[\"003A\"]', '[]', 'deleted against an edit', 'OPEN',"
                    + " TIMESTAMP WITH TIME ZONE '2026-02-28 12:00:00+00', TIMESTAMP WITH TIME ZONE"
                    + " '2026-02-28 12:00:00+00')");
        }

        store = SyncStore.open(settings, clock);

        assertThat(store.watermarks().get(CONTACT, Side.SALESFORCE))
                .contains(new Watermark(Side.SALESFORCE, Instant.parse("2026-02-28T12:00:00Z"), "003A"));
        assertThat(store.watermarks().mappedFields(CONTACT, Side.SALESFORCE)).contains("v8-fields");
        assertThat(store.watermarks().get(CONTACT, Side.GENESYS)).isEmpty();
        for (Side side : Side.values()) {
            assertThat(store.watermarks().get(MappedObject.ORGANIZATION, side)).isEmpty();
            assertThat(store.watermarks().mappedFields(MappedObject.ORGANIZATION, side)).isEmpty();
        }
        assertThat(store.watermarks().advance(MappedObject.ORGANIZATION, Side.GENESYS, START, "g-org")).isTrue();
        assertThat(store.reviews().openKeys(CONTACT, ReviewKind.DELETE_CONFLICT))
                .containsExactly("link:p-1");
        long found = store.reviews().open(deleteConflict("link:p-1"));
        assertThat(store.reviews().list(CONTACT, ReviewStatus.OPEN, 10)).extracting(ReviewItem::id)
                .as("the item found again is the one opened before the migration").containsExactly(found);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void reopen() {
        store.close();
        store = SyncStore.open(settings, clock);
    }

    private static NewLink newLink(String salesforceId, String genesysId, String email) {
        return new NewLink(CONTACT, salesforceId, genesysId, "{\"email\":\"" + email + "\"}", "hash-" + salesforceId,
                email);
    }

    private static NewConflict conflict(Long runId, String field, String policy, Side winner, String chosen,
                                        ConflictStatus status) {
        return new NewConflict(CONTACT, runId, "pair-1", "003A", "g-a", field, "base", "sf value", "g value",
                START.minusSeconds(60), START.minusSeconds(30), policy, "threeWayMerge", winner, chosen, status);
    }

    private static NewConflict organizationConflict(String pairId) {
        return new NewConflict(MappedObject.ORGANIZATION, 7L, pairId, "001A", "g-org", "name", "Acme", "Acme Inc",
                "ACME", START.minusSeconds(60), START.minusSeconds(30), "LAST_WRITE", "threeWayMerge", null, null,
                ConflictStatus.OPEN);
    }

    private static NewDeadLetter createLetter(RecordRef source, String error) {
        return new NewDeadLetter(CONTACT, null, source.side().other(), null, "CREATE", "{}", error, true, source);
    }

    private static NewDeadLetter deadLetter(String recordId, String operation, String error) {
        return new NewDeadLetter(CONTACT, null, recordId.startsWith("g-") ? Side.GENESYS : Side.SALESFORCE, recordId,
                operation, "{\"id\":\"" + recordId + "\"}", error, true, null);
    }

    private static NewReviewItem deleteConflict(String key) {
        return new NewReviewItem(CONTACT, ReviewKind.DELETE_CONFLICT, key, List.of("003A"), List.of(),
                "deleted against an edit", null);
    }

    private static NewReviewItem ambiguous(String email, List<String> genesysIds) {
        return new NewReviewItem(CONTACT, ReviewKind.AMBIGUOUS_MATCH, email, List.of("003A"), genesysIds,
                "Several Genesys contacts share the email " + email, "{\"email\":\"" + email + "\"}");
    }

    private static NewJournalEntry journalEntry(String pairId) {
        return new NewJournalEntry(CONTACT, null, pairId, Side.SALESFORCE, "003A", JournalAction.UPDATE,
                List.of("title"), "{}", "{}");
    }

    /** Runs both calls at the same moment (a barrier releases them together) and returns both results. */
    private static List<Boolean> race(Callable<Boolean> one, Callable<Boolean> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> {
                start.await();
                return one.call();
            });
            Future<Boolean> second = threads.submit(() -> {
                start.await();
                return other.call();
            });
            return List.of(first.get(), second.get());
        } finally {
            threads.shutdownNow();
        }
    }
}
