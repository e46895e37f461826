package io.contactsync.sandbox.genesys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNormaliserTest {

    @ParameterizedTest(name = "{0} in {1} -> {2} / {3} / {4}")
    @CsvSource(nullValues = "null", value = {
            "(317) 555-0142,    null, +1 317-555-0142,  +13175550142, US",
            "317.555.0142,      null, +1 317-555-0142,  +13175550142, US",
            "+13175550142,      null, +1 317-555-0142,  +13175550142, US",
            "+44 20 7946 0958,  null, +44 20 7946 0958, +442079460958, GB",
            "020 7946 0958,     GB,   +44 20 7946 0958, +442079460958, GB",
            "020 7946 0958,     gb,   +44 20 7946 0958, +442079460958, GB",
            "0151 234 5678,     XX,   0151 234 5678,    null,          null",
            "call me maybe,     null, call me maybe,    null,          null",
            "12,                null, 12,               null,          null"})
    void normalisesWhatParsesAndKeepsTheRestAsTyped(String typed, String country, String display, String e164,
                                                    String countryCode) {
        PhoneNumber typedPhone = new PhoneNumber(typed, null, true, country, null, null, null);

        PhoneNumber normalised = PhoneNormaliser.normalise(typedPhone);

        assertThat(normalised.display()).isEqualTo(display);
        assertThat(normalised.e164()).isEqualTo(e164);
        assertThat(normalised.countryCode()).isEqualTo(countryCode);
        assertThat(normalised.userInput()).isEqualTo(typed);
        assertThat(normalised.acceptsSMS()).isTrue();
        assertThat(normalised.normalizationCountryCode()).isEqualTo(country);
    }

    @Test
    void takesTheExtensionOutOfTheNumberUnlessOneIsGiven() {
        assertThat(PhoneNormaliser.normalise(PhoneNumber.typed("317-555-0142 ext. 123")))
                .extracting(PhoneNumber::display, PhoneNumber::extension)
                .containsExactly("+1 317-555-0142", 123L);
        assertThat(PhoneNormaliser.normalise(new PhoneNumber("317-555-0142 x9", 77L, null, null, null, null, null))
                .extension()).isEqualTo(77L);
    }

    @Test
    void ignoresClientSetSystemFieldsButUsesE164WhenThereIsNoDisplay() {
        PhoneNumber sent = new PhoneNumber(null, null, null, null, "typed once", "+13175550142", "FR");

        assertThat(PhoneNormaliser.normalise(sent)).isEqualTo(new PhoneNumber("+1 317-555-0142", null, null, null,
                "+13175550142", "+13175550142", "US"));
    }

    @Test
    void absentStaysAbsent() {
        assertThat(PhoneNormaliser.normalise(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"+13175550142, true", "+442079460958, true", "13175550142, false",
            "+1 317 555 0142, false", "+0123, false", "+1234567890123456, false", "null, false"})
    void recognisesE164(String value, boolean e164) {
        assertThat(PhoneNormaliser.isE164(value)).isEqualTo(e164);
    }
}
