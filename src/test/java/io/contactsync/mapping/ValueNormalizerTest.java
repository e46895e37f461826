package io.contactsync.mapping;

import io.contactsync.model.ContactField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

class ValueNormalizerTest {

    private final ValueNormalizer normalizer = new ValueNormalizer("US");

    @ParameterizedTest(name = "{0} ''{1}'' -> ''{2}'' (warning: {3})")
    @CsvSource(delimiter = '|', nullValues = "null", ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            firstName|  Ada |Ada|false
            firstName||null|false
            firstName|   |null|false
            email| Ada.Lovelace@Example.COM |ada.lovelace@example.com|false
            email|Not An Email|not an email|true
            workPhone|(317) 555-1212|+13175551212|false
            workPhone|+1 317-555-1212|+13175551212|false
            workPhone|317.555.1212 x42|+13175551212;ext=42|false
            mobilePhone|+44 20 7946 0958|+442079460958|false
            homePhone|555-1212|555-1212|true
            otherPhone|call reception|call reception|true
            """)
    void normalises(ContactField field, String raw, String expected, boolean warned) {
        ValueNormalizer.Normalized normalized = normalizer.normalize(field, PackagedFields.typeOf(field), raw);

        assertThat(normalized.value()).isEqualTo(expected);
        assertThat(normalized.warning() != null).as("warning").isEqualTo(warned);
        if (warned) {
            assertThat(normalized.warning().field()).isEqualTo(field);
            assertThat(normalized.warning().value()).isEqualTo(raw.strip());
        }
    }

    @Test
    void keepsLineBreaksInsideAValueButUnifiesThem() {
        assertThat(normalizer.normalize(ContactField.STREET, FieldType.TEXT, " 1 Main St\r\nSuite 4\n").value())
                .isEqualTo("1 Main St\nSuite 4");
    }

    @Test
    void theDefaultRegionDecidesNumbersWithoutCountryCode() {
        assertThat(new ValueNormalizer("GB").normalize(ContactField.WORK_PHONE, FieldType.PHONE, "020 7946 0958").value())
                .isEqualTo("+442079460958");
    }

    @Test
    void anUnknownRegionIsAStartupError() {
        assertThatThrownBy(() -> new ValueNormalizer("XX")).hasMessageContaining("Unknown phone region 'XX'");
    }

    /** A failure prints the smallest field and value found and the seed; {@code -DQT_SEED=<seed>} replays it. */
    @Test
    void normalisingIsIdempotent() {
        qt().forAll(arbitrary().pick(PackagedFields.ALL), rawValues()).checkAssert((field, raw) -> {
            String once = normalizer.normalize(field, PackagedFields.typeOf(field), raw).value();
            assertThat(normalizer.normalize(field, PackagedFields.typeOf(field), once).value()).isEqualTo(once);
        });
    }

    private static Gen<String> rawValues() {
        // Any text, and text made of what phone numbers and addresses are made of, which any text rarely is.
        Gen<String> phoneLike = lists().of(arbitrary().pick("0", "1", "3", "5", "7", "9", " ", "+", "(", ")", "-",
                        ".", "x", "ext", "@", "A", "\n", "\r\n", "\t"))
                .ofSizeBetween(0, 20).map(parts -> String.join("", parts));
        return oneOf(strings().allPossible().ofLengthBetween(0, 60), phoneLike);
    }
}
