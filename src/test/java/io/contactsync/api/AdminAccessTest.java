package io.contactsync.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AdminAccessTest {

    @ParameterizedTest(name = "sandbox={0}, token={1}, header={2} -> open={3}, status={4}")
    @CsvSource(nullValues = "-", value = {
            "true,  -,      -,             true,  200",
            "true,  s3cret, -,             true,  200",
            "false, s3cret, Bearer s3cret, true,  200",
            "false, s3cret, Bearer s3cret ,true,  200",
            "false, s3cret, -,             true,  401",
            "false, s3cret, Bearer wrong,  true,  401",
            "false, s3cret, s3cret,        true,  401",
            "false, s3cret, bearer s3cret, true,  401",
            "false, -,      Bearer x,      false, 401",
            "false, '  ',   -,             false, 401",
    })
    void opensAndChecks(boolean sandbox, String token, String header, boolean open, int status) {
        AdminAccess access = new AdminAccess(sandbox, token);

        assertThat(access.open()).isEqualTo(open);
        if (status == 200) {
            assertThatCode(() -> access.check(header)).doesNotThrowAnyException();
        } else {
            assertThat(catchThrowableOfType(ApiError.class, () -> access.check(header)).getStatus()).isEqualTo(status);
        }
    }

    @ParameterizedTest(name = "sandbox={0}, token={1}, header={2} -> status={3}")
    @CsvSource(nullValues = "-", value = {
            "true,  -,      -,                    200",
            "false, s3cret, Bearer s3cret,        200",
            "false, s3cret, Basic b3BzOnMzY3JldA==, 200",   // ops:s3cret
            "false, s3cret, basic OnMzY3JldA==,   200",     // :s3cret
            "false, s3cret, Basic b3BzOndyb25n,   401",     // ops:wrong
            "false, s3cret, Basic czNjcmV0,       401",     // s3cret (no colon)
            "false, s3cret, Basic %%%,            401",
            "false, s3cret, -,                    401",
            "false, -,      Basic b3BzOnMzY3JldA==, 401",
    })
    void aBrowserMayLogInWithTheTokenAsPassword(boolean sandbox, String token, String header, int status) {
        AdminAccess access = new AdminAccess(sandbox, token);

        if (status == 200) {
            assertThatCode(() -> access.checkBrowser(header)).doesNotThrowAnyException();
        } else {
            assertThat(catchThrowableOfType(ApiError.class, () -> access.checkBrowser(header)).getStatus())
                    .isEqualTo(status);
        }
    }
}
