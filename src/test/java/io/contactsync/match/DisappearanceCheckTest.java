package io.contactsync.match;

import io.contactsync.model.MassDisappearance;
import io.contactsync.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DisappearanceCheckTest {

    private final DisappearanceCheck check = new DisappearanceCheck(new MassDisappearance(0.2, 50));

    @ParameterizedTest(name = "{0} links, {1} gone in Salesforce, {2} in Genesys -> held for {3}")
    @CsvSource(nullValues = "-", value = {
            // linked, gone SF, gone GC, held side
            "100,  0,  0, -",
            "100, 20,  0, -",          // exactly the fraction: ordinary deletes
            "100, 21,  0, SALESFORCE", // over it
            "100,  0, 21, GENESYS",
            "100, 30, 90, GENESYS",    // both over: the side with most gone
            "7540, 0, 7540, GENESYS",  // an emptied Genesys Cloud
            "49,  0, 49, -",           // under the minimum of links: the guard does not apply
            "50,  0, 11, GENESYS",     // at the minimum it does
            "0,   0,  0, -",
    })
    void holdsOnlyWhenMoreThanTheFractionOfEnoughLinksIsGoneFromOneSide(long linked, int goneSalesforce,
                                                                         int goneGenesys, Side held) {
        Map<Side, Integer> gone = new EnumMap<>(Side.class);
        gone.put(Side.SALESFORCE, goneSalesforce);
        gone.put(Side.GENESYS, goneGenesys);

        assertThat(check.check(linked, gone).map(DisappearanceCheck.Disappearance::side).orElse(null))
                .isEqualTo(held);
    }

    @ParameterizedTest
    @CsvSource({"0, 50", "1.5, 50", "-0.1, 50", "0.2, -1"})
    void refusesAThresholdThatCannotWork(double maxFraction, int minLinks) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MassDisappearance(maxFraction, minLinks))
                .withMessageContaining("massDisappearance.");
    }
}
