package io.contactsync.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code bench} command's options: {@code --sizes=10000,100000 --changes=0,100,10000 --rate-limited
 * --out=target/bench.json --seed=42 --overlap=PT2S --embedded-sandbox --sandbox-heap=3g
 * --syncs=contact-sync,baseline --fields=30 --organizations=10000}.
 *
 * @param sizes        contacts per side of each initial reconcile
 * @param changes      edits before each incremental cycle, in order, on top of each other
 * @param rateLimited  also run one incremental cycle with the Genesys Cloud emulator at 300 requests/minute
 * @param overlap      the sync's poll overlap ({@code sync.overlap}); the benchmark waits that long after the
 *                     initial reconcile, so that incremental cycles re-read only the edits
 * @param embedded     run the emulators in the benchmark's JVM (its peak heap then includes them)
 * @param syncs        the syncs to measure, in order: {@code contact-sync}, {@code baseline} or both
 * @param fields       contact-sync's mapped fields: 0 for the packaged mapping, more for custom text fields
 *                     added up to that many ({@link BenchFields})
 * @param organizations companies seeded on both sides (Salesforce Accounts, Genesys Cloud external organizations,
 *                      the same on both), most contacts attached to one; contact-sync syncs them in the pass before
 *                      the contacts, the baseline does not sync them
 */
record BenchOptions(List<Integer> sizes, List<Integer> changes, boolean rateLimited, Path out, long seed,
                    Duration overlap, boolean embedded, String sandboxHeap, List<String> syncs, int fields,
                    int organizations) {

    static final String USAGE = "bench [--sizes=10000,100000] [--changes=0,100,10000] [--rate-limited]"
            + " [--out=target/bench.json] [--seed=42] [--overlap=PT2S] [--embedded-sandbox] [--sandbox-heap=3g]"
            + " [--syncs=contact-sync,baseline] [--fields=30] [--organizations=10000]";
    private static final Set<String> OPTIONS = Set.of("--sizes", "--changes", "--rate-limited", "--out", "--seed",
            "--overlap", "--embedded-sandbox", "--sandbox-heap", "--syncs", "--fields", "--organizations");
    private static final List<String> SYNCS = List.of(Measurement.CONTACT_SYNC, Measurement.BASELINE);

    /** @throws IllegalArgumentException naming the option that is not understood */
    static BenchOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg + ". Usage: " + USAGE);
            }
            given.put(name, arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "");
        }
        List<String> syncs = List.of(given.getOrDefault("--syncs", String.join(",", SYNCS)).split(","));
        if (!SYNCS.containsAll(syncs)) {
            throw new IllegalArgumentException("--syncs takes " + String.join(" and/or ", SYNCS) + ", not "
                    + given.get("--syncs"));
        }
        return new BenchOptions(numbers(given, "--sizes", "10000,100000"), numbers(given, "--changes", "0,100,10000"),
                given.containsKey("--rate-limited"), Path.of(given.getOrDefault("--out", "target/bench.json")),
                numbers(given, "--seed", "42").get(0), Duration.parse(given.getOrDefault("--overlap", "PT2S")),
                given.containsKey("--embedded-sandbox"), given.getOrDefault("--sandbox-heap", "3g"), syncs,
                numbers(given, "--fields", "0").get(0), numbers(given, "--organizations", "0").get(0));
    }

    /** The changes of the rate-limited cycle: the smallest non-zero of {@link #changes()}, else none. */
    int rateLimitedChanges() {
        return changes.stream().filter(k -> k > 0).min(Integer::compare).orElse(0);
    }

    private static List<Integer> numbers(Map<String, String> given, String name, String byDefault) {
        String value = given.getOrDefault(name, byDefault);
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
