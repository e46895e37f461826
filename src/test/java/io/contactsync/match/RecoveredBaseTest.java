package io.contactsync.match;

import io.contactsync.model.ContactField;
import io.contactsync.model.SideRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static io.contactsync.match.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Which base an unlinked pair met through the sync's own id gets: the untouched copy's values, or none. */
class RecoveredBaseTest {

    private static final Instant LATER = T0.plusSeconds(60);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Salesforce copy untouched since the sync created it: its values",
                        sfCopy(T0, T0), gcSource(), "copy"),
                Arguments.of("Genesys Cloud copy untouched since the sync created it: its values",
                        sfSource(), gcCopy(T0, T0), "copy"),
                Arguments.of("the copy was changed after its creation (a person's edit): unknown",
                        sfCopy(T0, LATER), gcSource(), null),
                Arguments.of("the copy's creation time is unknown: unknown",
                        sfCopy(null, T0), gcSource(), null),
                Arguments.of("the untouched record names another contact: unknown",
                        Records.salesforce("003A").naming("other").createdAt(T0).at(T0)
                                .with(ContactField.FIRST_NAME, "Ada").build(), gcSource(), null),
                Arguments.of("neither names the other (matched by email): unknown",
                        Records.salesforce("003A").createdAt(T0).at(T0).build(), gcSource(), null),
                Arguments.of("both untouched and naming each other: cannot tell the copy, unknown",
                        sfCopy(T0, T0), Records.genesys("gc-1").naming("003A").createdAt(T0).at(T0).build(), null),
                Arguments.of("one side not seen: unknown",
                        sfCopy(T0, T0), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recoversTheBaseOnlyFromAnUntouchedCopy(String description, SideRecord salesforce, SideRecord genesys,
                                                String expected) {
        SideRecord copy = "copy".equals(expected)
                ? (salesforce.otherSideId() != null ? salesforce : genesys) : null;
        assertThat(RecoveredBase.of(salesforce, genesys)).isEqualTo(copy == null ? null : copy.contact());
    }

    private static SideRecord sfCopy(Instant createdAt, Instant modifiedAt) {
        return Records.salesforce("003A").naming("gc-1").createdAt(createdAt).at(modifiedAt)
                .with(ContactField.FIRST_NAME, "Ada").with(ContactField.MOBILE_PHONE, "+13175550100").build();
    }

    private static SideRecord gcCopy(Instant createdAt, Instant modifiedAt) {
        return Records.genesys("gc-1").naming("003A").createdAt(createdAt).at(modifiedAt)
                .with(ContactField.FIRST_NAME, "Ada").with(ContactField.MOBILE_PHONE, "+13175550100").build();
    }

    /** The source as edited since the copy was made: a different mobile phone. */
    private static SideRecord gcSource() {
        return Records.genesys("gc-1").createdAt(T0.minusSeconds(600)).at(LATER)
                .with(ContactField.FIRST_NAME, "Ada").with(ContactField.MOBILE_PHONE, "+13175550199").build();
    }

    private static SideRecord sfSource() {
        return Records.salesforce("003A").createdAt(T0.minusSeconds(600)).at(LATER)
                .with(ContactField.FIRST_NAME, "Ada").with(ContactField.MOBILE_PHONE, "+13175550199").build();
    }
}
