package io.contactsync.sandbox.genesys;

import com.mypurecloud.sdk.v2.ApiDateFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class GenesysDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2024-01-01T12:34:56.789Z,        2024-01-01T12:34:56.789Z",
            "2024-01-01T12:34:56Z,            2024-01-01T12:34:56.000Z",
            "2024-01-01T12:34:56.789999999Z,  2024-01-01T12:34:56.789Z",
            "2024-06-30T23:59:59.001+02:00,   2024-06-30T21:59:59.001Z",
            "1999-12-31T23:59:59.5Z,          1999-12-31T23:59:59.500Z"})
    void formatsInUtcWithMilliseconds(String instant, String formatted) {
        assertThat(GenesysDates.format(OffsetDateTime.parse(instant).toInstant())).isEqualTo(formatted);
    }

    @ParameterizedTest
    @CsvSource({"2024-01-01T12:34:56.789Z", "2030-02-28T00:00:00.000Z"})
    void isReadBackByTheSdksDateParser(String formatted) throws Exception {
        Date parsed = new ApiDateFormat().parse(formatted);

        assertThat(parsed.toInstant()).isEqualTo(Instant.parse(formatted));
    }
}
