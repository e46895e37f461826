package io.contactsync.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts API requests per method and path template ("GET /services/data/{version}/query"), so that tests
 * and the benchmark can measure how many calls a sync cycle makes against each endpoint.
 */
public final class RequestStats {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void record(String method, String pathTemplate) {
        counts.computeIfAbsent(method + " " + pathTemplate, k -> new LongAdder()).increment();
    }

    /** A sorted copy of the counts, keyed by "METHOD /path/template". */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public void reset() {
        counts.clear();
    }
}
