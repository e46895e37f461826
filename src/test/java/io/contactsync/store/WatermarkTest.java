package io.contactsync.store;

import io.contactsync.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WatermarkTest {

    @ParameterizedTest(name = "({0}, {1}) then ({2}, {3}) moves forward: {4}")
    @CsvSource(nullValues = "none", value = {
            "2026-01-01T00:00:00.000Z, 003B, 2026-01-01T00:00:00.001Z, none, true",
            "2026-01-01T00:00:00.001Z, 003B, 2026-01-01T00:00:00.000Z, 003Z, false",
            "2026-01-01T00:00:00.000Z, 003B, 2026-01-01T00:00:00.000Z, 003C, true",
            "2026-01-01T00:00:00.000Z, 003B, 2026-01-01T00:00:00.000Z, 003B, false",
            "2026-01-01T00:00:00.000Z, 003B, 2026-01-01T00:00:00.000Z, 003A, false",
            "2026-01-01T00:00:00.000Z, 003B, 2026-01-01T00:00:00.000Z, none, false",
            "2026-01-01T00:00:00.000Z, none, 2026-01-01T00:00:00.000Z, 003A, true",
            "2026-01-01T00:00:00.000Z, none, 2026-01-01T00:00:00.000Z, none, false"})
    void ordersByTimeThenById(Instant at, String id, Instant nextAt, String nextId, boolean movesForward) {
        assertThat(new Watermark(Side.SALESFORCE, at, id).isBefore(nextAt, nextId)).isEqualTo(movesForward);
    }
}
