package io.contactsync.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void defaultsAreTheIssuesWorkloads() {
        BenchOptions o = BenchOptions.parse(new String[0]);
        assertThat(o.sizes()).containsExactly(10_000, 100_000);
        assertThat(o.changes()).containsExactly(0, 100, 10_000);
        assertThat(o.rateLimited()).isFalse();
        assertThat(o.embedded()).isFalse();
        assertThat(o.out()).isEqualTo(Path.of("target", "bench.json"));
        assertThat(o.rateLimitedChanges()).isEqualTo(100);
        assertThat(o.syncs()).containsExactly("contact-sync", "baseline");
    }

    @Test
    void readsEveryOption() {
        BenchOptions o = BenchOptions.parse(new String[]{"--sizes=500", "--changes=0,7,3", "--rate-limited",
                "--out=x.json", "--seed=5", "--overlap=PT3S", "--embedded-sandbox", "--sandbox-heap=1g",
                "--syncs=baseline", "--fields=30", "--organizations=12"});
        assertThat(o).isEqualTo(new BenchOptions(List.of(500), List.of(0, 7, 3), true, Path.of("x.json"), 5,
                Duration.ofSeconds(3), true, "1g", List.of("baseline"), 30, 12));
        assertThat(o.rateLimitedChanges()).isEqualTo(3);
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--sizes=ten"}))
                .hasMessageContaining("--sizes takes comma-separated numbers");
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--fast"})).hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> BenchOptions.parse(new String[]{"--syncs=scripts"}))
                .hasMessageContaining("--syncs takes contact-sync and/or baseline, not scripts");
    }
}
