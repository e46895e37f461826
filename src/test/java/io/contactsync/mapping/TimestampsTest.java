package io.contactsync.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-02T08:30:00.000+0000", "2024-01-02T08:30:00.000Z", "2024-01-02T08:30:00Z",
            "2024-01-02T09:30:00.000+01:00", "2024-01-02T03:30:00.000-0500"})
    void readsEveryFormTheApisSend(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse("2024-01-02T08:30:00Z"));
    }

    @Test
    void aTimeWithoutOffsetIsRefused() {
        assertThatThrownBy(() -> Timestamps.parse("2024-01-02T08:30:00")).isInstanceOf(DateTimeParseException.class);
    }
}
