package io.contactsync.mapping;

import io.contactsync.model.ContactField;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueNormalizerTest {

    private final ValueNormalizer normalizer = new ValueNormalizer("US");

    @ParameterizedTest(name = "{0} ''{1}'' -> ''{2}'' (warning: {3})")
    @CsvSource(delimiter = '|', nullValues = "null", ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            FIRST_NAME|  Ada |Ada|false
            FIRST_NAME||null|false
            FIRST_NAME|   |null|false
            EMAIL| Ada.Lovelace@Example.COM |ada.lovelace@example.com|false
            EMAIL|Not An Email|not an email|true
            WORK_PHONE|(317) 555-1212|+13175551212|false
            WORK_PHONE|+1 317-555-1212|+13175551212|false
            WORK_PHONE|317.555.1212 x42|+13175551212;ext=42|false
            MOBILE_PHONE|+44 20 7946 0958|+442079460958|false
            HOME_PHONE|555-1212|555-1212|true
            OTHER_PHONE|call reception|call reception|true
            """)
    void normalises(ContactField field, String raw, String expected, boolean warned) {
        ValueNormalizer.Normalized normalized = normalizer.normalize(field, raw);

        assertThat(normalized.value()).isEqualTo(expected);
        assertThat(normalized.warning() != null).as("warning").isEqualTo(warned);
        if (warned) {
            assertThat(normalized.warning().field()).isEqualTo(field);
            assertThat(normalized.warning().value()).isEqualTo(raw.strip());
        }
    }

    @Test
    void keepsLineBreaksInsideAValueButUnifiesThem() {
        assertThat(normalizer.normalize(ContactField.STREET, " 1 Main St\r\nSuite 4\n").value())
                .isEqualTo("1 Main St\nSuite 4");
    }

    @Test
    void theDefaultRegionDecidesNumbersWithoutCountryCode() {
        assertThat(new ValueNormalizer("GB").normalize(ContactField.WORK_PHONE, "020 7946 0958").value())
                .isEqualTo("+442079460958");
    }

    @Test
    void anUnknownRegionIsAStartupError() {
        assertThatThrownBy(() -> new ValueNormalizer("XX")).hasMessageContaining("Unknown phone region 'XX'");
    }

    @Property
    void normalisingIsIdempotent(@ForAll ContactField field, @ForAll String raw) {
        String once = normalizer.normalize(field, raw).value();
        assertThat(normalizer.normalize(field, once).value()).isEqualTo(once);
    }
}
