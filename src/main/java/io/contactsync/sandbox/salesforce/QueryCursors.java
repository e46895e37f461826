package io.contactsync.sandbox.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open query cursors for {@code nextRecordsUrl} paging. A cursor holds the result as it was when the query
 * ran (record versions are immutable), so paging returns every row once even while records change. Like
 * Salesforce, a cursor expires after 15 idle minutes, and only the most recent ones stay open.
 */
final class QueryCursors {

    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);
    static final int MAX_OPEN = 100;

    /** A query's full result and how to page it. */
    record Cursor(SoqlQuery query, List<SObjectRecord> rows, boolean includeDeleted, int pageSize) {
    }

    private record Entry(Cursor cursor, Instant lastUsed) {
    }

    private final Clock clock;
    private final Map<String, Entry> open = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    QueryCursors(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the cursor and returns its locator. */
    String open(Cursor cursor) {
        expireIdle();
        while (open.size() >= MAX_OPEN) {
            open.entrySet().stream().min(Comparator.comparing(e -> e.getValue().lastUsed()))
                    .ifPresent(oldest -> open.remove(oldest.getKey()));
        }
        String locator = EmulatedSalesforceIds.id("01g", sequence.incrementAndGet());
        open.put(locator, new Entry(cursor, clock.instant()));
        return locator;
    }

    Optional<Cursor> find(String locator) {
        Entry entry = open.computeIfPresent(locator, (k, e) -> new Entry(e.cursor(), clock.instant()));
        expireIdle();
        return Optional.ofNullable(entry).filter(e -> open.containsKey(locator)).map(Entry::cursor);
    }

    void clear() {
        open.clear();
    }

    private void expireIdle() {
        Instant cutoff = clock.instant().minus(IDLE_TIMEOUT);
        open.values().removeIf(e -> e.lastUsed().isBefore(cutoff));
    }
}
