package io.contactsync.monitor;

import io.contactsync.model.Side;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SystemHealthCheckTest {

    @Test
    void theSystemsErrorIsShownWithItsEmailAddressesMasked() {
        LastCalls lastCalls = new LastCalls();
        lastCalls.record(Side.SALESFORCE, new CallOutcome(Instant.parse("2026-12-04T10:00:00Z"), CallOutcome.NO_ANSWER,
                "INVALID_EMAIL_ADDRESS: invalid email address: ann.lee@bücher.example, also jo@example.com"));
        SystemHealthCheck check = new SystemHealthCheck(Side.SALESFORCE, lastCalls);

        HealthCheck.Result result = check.call(Map.of(HealthCheck.CHECK_ENABLED, true));

        assertThat(result.getDetails().get("last.call.error"))
                .isEqualTo("INVALID_EMAIL_ADDRESS: invalid email address: ***@bücher.example, also ***@example.com");
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .doesNotContain("ann.lee", "jo@").contains("***@bücher.example"));
    }
}
