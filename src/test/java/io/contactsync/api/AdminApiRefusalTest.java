package io.contactsync.api;

import io.contactsync.cycle.CycleAlreadyRunningException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class AdminApiRefusalTest {

    @Test
    void anUnexpectedFailureAnswers500WithoutItsInternals() {
        IllegalStateException failure = new IllegalStateException("ReviewItems.resolve: UPDATE review_item SET"
                + " resolved_by = ? ... Value too long for column \"RESOLVED_BY CHARACTER VARYING(128)\"",
                new SQLException("Value too long"));

        ApiError refusal = AdminApi.refusal(failure);

        assertThat(refusal.getStatus()).isEqualTo(500);
        assertThat(refusal.getMessage()).isEqualTo("internal error (see the log)");
        assertThat(refusal.getCause()).as("kept for the log").isSameAs(failure);
    }

    @Test
    void aRefusalTheCallerCanActOnKeepsItsMessage() {
        ApiError tooLong = new ApiError(400, "\"by\" is too long: at most 128 characters, not 129");

        assertThat(AdminApi.refusal(new RuntimeException(tooLong))).isSameAs(tooLong);
        assertThat(AdminApi.refusal(new CycleAlreadyRunningException("a sync cycle is running")).getStatus())
                .isEqualTo(409);
    }
}
