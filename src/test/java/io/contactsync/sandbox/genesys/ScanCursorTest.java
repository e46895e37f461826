package io.contactsync.sandbox.genesys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScanCursorTest {

    private static final Instant ISSUED = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void decodesToTheLastIdWhileValid() {
        String cursor = ScanCursor.encode("6b9a4c1e-0000-4000-8000-000000000001", ISSUED);

        assertThat(cursor).doesNotContain("6b9a4c1e");
        assertThat(ScanCursor.decode(cursor, ISSUED.plus(ScanCursor.VALIDITY).minusMillis(1)))
                .isEqualTo("6b9a4c1e-0000-4000-8000-000000000001");
    }

    @Test
    void expiresAfter24Hours() {
        String cursor = ScanCursor.encode("id", ISSUED);

        assertThatThrownBy(() -> ScanCursor.decode(cursor, ISSUED.plus(ScanCursor.VALIDITY)))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("expired");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!", "bm9jb2xvbg", "OmlkLW9ubHk", "YWJjOmlk", "MTIzOg"})
    void refusesCursorsItDidNotIssue(String cursor) {
        assertThatThrownBy(() -> ScanCursor.decode(cursor, ISSUED))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void theRefusedExamplesAreWhatTheyClaim() {
        assertThat(decoded("bm9jb2xvbg")).isEqualTo("nocolon");
        assertThat(decoded("OmlkLW9ubHk")).isEqualTo(":id-only");
        assertThat(decoded("YWJjOmlk")).isEqualTo("abc:id");
        assertThat(decoded("MTIzOg")).isEqualTo("123:");
    }

    private static String decoded(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }
}
