package io.contactsync.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code bench} command's options: {@code --sizes=10000,100000 --changes=0,100,10000 --rate-limited
 * --out=target/bench.json --seed=42 --overlap=PT2S --embedded-sandbox --sandbox-heap=3g}.
 *
 * @param sizes        contacts per side of each initial reconcile
 * @param changes      edits before each incremental cycle, in order, on top of each other
 * @param rateLimited  also run one incremental cycle with the Genesys Cloud emulator at 300 requests/minute
 * @param overlap      the sync's poll overlap ({@code sync.overlap}); the benchmark waits that long after the
 *                     initial reconcile, so that incremental cycles re-read only the edits
 * @param embedded     run the emulators in the benchmark's JVM (its peak heap then includes them)
 */
record BenchOptions(List<Integer> sizes, List<Integer> changes, boolean rateLimited, Path out, long seed,
                    Duration overlap, boolean embedded, String sandboxHeap) {

    static final String USAGE = "bench [--sizes=10000,100000] [--changes=0,100,10000] [--rate-limited]"
            + " [--out=target/bench.json] [--seed=42] [--overlap=PT2S] [--embedded-sandbox] [--sandbox-heap=3g]";

    /** @throws IllegalArgumentException naming the option that is not understood */
    static BenchOptions parse(String[] args) {
        BenchOptions o = new BenchOptions(List.of(10_000, 100_000), List.of(0, 100, 10_000), false,
                Path.of("target", "bench.json"), 42, Duration.ofSeconds(2), false, "3g");
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            o = switch (name) {
                case "--sizes" -> new BenchOptions(numbers(name, value), o.changes, o.rateLimited, o.out, o.seed,
                        o.overlap, o.embedded, o.sandboxHeap);
                case "--changes" -> new BenchOptions(o.sizes, numbers(name, value), o.rateLimited, o.out, o.seed,
                        o.overlap, o.embedded, o.sandboxHeap);
                case "--rate-limited" -> new BenchOptions(o.sizes, o.changes, true, o.out, o.seed, o.overlap,
                        o.embedded, o.sandboxHeap);
                case "--out" -> new BenchOptions(o.sizes, o.changes, o.rateLimited, Path.of(value), o.seed, o.overlap,
                        o.embedded, o.sandboxHeap);
                case "--seed" -> new BenchOptions(o.sizes, o.changes, o.rateLimited, o.out, numbers(name, value).get(0),
                        o.overlap, o.embedded, o.sandboxHeap);
                case "--overlap" -> new BenchOptions(o.sizes, o.changes, o.rateLimited, o.out, o.seed,
                        Duration.parse(value), o.embedded, o.sandboxHeap);
                case "--embedded-sandbox" -> new BenchOptions(o.sizes, o.changes, o.rateLimited, o.out, o.seed,
                        o.overlap, true, o.sandboxHeap);
                case "--sandbox-heap" -> new BenchOptions(o.sizes, o.changes, o.rateLimited, o.out, o.seed, o.overlap,
                        o.embedded, value);
                default -> throw new IllegalArgumentException("unknown option " + arg + ". Usage: " + USAGE);
            };
        }
        return o;
    }

    /** The changes of the rate-limited cycle: the smallest non-zero of {@link #changes()}, else none. */
    int rateLimitedChanges() {
        return changes.stream().filter(k -> k > 0).min(Integer::compare).orElse(0);
    }

    private static List<Integer> numbers(String name, String value) {
        try {
            List<Integer> numbers = Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
            if (numbers.stream().anyMatch(n -> n < 0)) {
                throw new IllegalArgumentException(name + " takes numbers of at least 0, not " + value);
            }
            return numbers;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes comma-separated numbers, not '" + value + "'");
        }
    }
}
