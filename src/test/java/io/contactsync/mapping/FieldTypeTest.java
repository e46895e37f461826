package io.contactsync.mapping;

import io.contactsync.model.ContactField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

class FieldTypeTest {

    private static final ContactField FIELD = new ContactField("custom");
    private final ValueNormalizer normalizer = new ValueNormalizer("US");

    @ParameterizedTest(name = "{0} ''{1}'' -> ''{2}'' (warning: {3})")
    @CsvSource(delimiter = '|', nullValues = "null", ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            TEXT| Gold |Gold|false
            PICKLIST|Gold|Gold|false
            NUMBER|1.50|1.5|false
            NUMBER|+1000|1000|false
            NUMBER|1e3|1000|false
            NUMBER|-0.00|0|false
            NUMBER|0012.3400|12.34|false
            NUMBER|1,000|1,000|true
            NUMBER|twelve|twelve|true
            BOOLEAN|TRUE|true|false
            BOOLEAN|false|false|false
            BOOLEAN|yes|yes|true
            DATE|2024-02-29|2024-02-29|false
            DATE|2023-02-29|2023-02-29|true
            DATE|29/02/2024|29/02/2024|true
            DATETIME|2024-01-02T08:30:00.000+0000|2024-01-02T08:30:00Z|false
            DATETIME|2024-01-02T10:30:00+02:00|2024-01-02T08:30:00Z|false
            DATETIME|2024-01-02T08:30:00.123Z|2024-01-02T08:30:00.123Z|false
            DATETIME|2024-01-02|2024-01-02|true
            TAGS| vip ;gold;vip; |gold;vip|false
            TAGS|;;|null|false
            TAGS|b;a|a;b|false
            """)
    void normalises(FieldType type, String raw, String expected, boolean warned) {
        ValueNormalizer.Normalized normalized = normalizer.normalize(FIELD, type, raw);

        assertThat(normalized.value()).isEqualTo(expected);
        assertThat(normalized.warning() != null).as("warning").isEqualTo(warned);
    }

    @Test
    void theMappingFileNamesEveryTypeInLowerCase() {
        assertThat(FieldType.fromFileName("picklist")).contains(FieldType.PICKLIST);
        assertThat(FieldType.fromFileName("Picklist")).isEmpty();
        assertThat(FieldType.fileNames()).isEqualTo("text | longtext | email | phone | number | boolean | date"
                + " | datetime | picklist | tags | reference");
    }

    /** Tags are a set: neither the order nor repeats nor blanks around them change the canonical form. */
    @Test
    void tagsCompareAsASet() {
        qt().forAll(tagLists(), longs().all()).checkAssert((tags, seed) -> {
            List<String> shuffled = new ArrayList<>(tags);
            Collections.shuffle(shuffled, new Random(seed));
            if (!shuffled.isEmpty()) {
                shuffled.add(" " + shuffled.get(0) + " ");
            }
            assertThat(tags(String.join(";", shuffled))).isEqualTo(tags(String.join(";", tags)));
        });
    }

    /** The canonical tags of two lists joined are the union of their sets. */
    @Test
    void tagsOfTwoListsJoinedAreTheirUnion() {
        qt().forAll(tagLists(), tagLists()).checkAssert((one, other) -> {
            List<String> union = new ArrayList<>(one);
            union.addAll(other);
            String joined = tags(String.join(";", one) + ";" + String.join(";", other));
            assertThat(joined).isEqualTo(tags(String.join(";", union)));
            if (joined != null) {
                assertThat(List.of(joined.split(";"))).containsAll(one).containsAll(other).doesNotHaveDuplicates();
            }
        });
    }

    /** Numbers compare by value: any scale, exponent or sign of the same value gives the same canonical form. */
    @Test
    void numbersCompareByValue() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(0, 6),
                integers().between(0, 4)).checkAssert((unscaled, scale, extraZeros) -> {
            BigDecimal value = BigDecimal.valueOf(unscaled, scale);
            String padded = value.setScale(scale + extraZeros).toPlainString();
            String scientific = value.toEngineeringString();
            assertThat(number(padded)).isEqualTo(number(value.toPlainString())).isEqualTo(number(scientific));
            assertThat(new BigDecimal(number(padded))).isEqualByComparingTo(value);
        });
    }

    /** Normalising a canonical value again changes nothing, for every type. */
    @Test
    void normalisingIsIdempotentForEveryType() {
        qt().forAll(arbitrary().enumValues(FieldType.class), strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert((type, raw) -> {
                    String once = normalizer.normalize(FIELD, type, raw).value();
                    assertThat(normalizer.normalize(FIELD, type, once).value()).isEqualTo(once);
                });
    }

    private String tags(String raw) {
        return normalizer.normalize(FIELD, FieldType.TAGS, raw).value();
    }

    private String number(String raw) {
        ValueNormalizer.Normalized normalized = normalizer.normalize(FIELD, FieldType.NUMBER, raw);
        assertThat(normalized.warning()).as("'%s' is a number", raw).isNull();
        return normalized.value();
    }

    private static Gen<List<String>> tagLists() {
        return lists().of(arbitrary().pick("vip", "gold", "churn-risk", "callback", "Spanish", "a b"))
                .ofSizeBetween(0, 8);
    }
}
