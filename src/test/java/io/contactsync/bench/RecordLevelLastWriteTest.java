package io.contactsync.bench;

import io.contactsync.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RecordLevelLastWriteTest {

    private static final Instant LAST_SYNC = Instant.parse("2024-01-01T10:00:00Z");

    /** Times are seconds after the last sync (negative: before it); an empty winner means neither changed. */
    @ParameterizedTest(name = "salesforce {0}s, genesys {1}s, first run {2}: {3}")
    @CsvSource({
            "-5, -5, false, ",
            " 5, -5, false, SALESFORCE",
            "-5,  5, false, GENESYS",
            " 9,  5, false, SALESFORCE",
            " 5,  9, false, GENESYS",
            " 5,  5, false, GENESYS",
            "-5, -9, true, SALESFORCE",
            "-9, -5, true, GENESYS",
    })
    void theRecordModifiedSinceTheLastSyncOrLaterWins(long salesforce, long genesys, boolean firstRun, Side winner) {
        Optional<Side> decided = RecordLevelLastWrite.winner(LAST_SYNC.plusSeconds(salesforce),
                LAST_SYNC.plusSeconds(genesys), firstRun ? null : LAST_SYNC);
        assertThat(decided).isEqualTo(Optional.ofNullable(winner));
    }
}
