package io.contactsync.salesforce;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a Sforce-Limit-Info header says the org's daily API allowance is used up. */
class SalesforceLimitInfoTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "api-usage=18/5000 | false",
            "api-usage=5000/5000 | true",
            "api-usage=5001/5000 | true",
            "api-usage=15000/15000; per-app-api-usage=17/250(appName=sample-app) | true",
            "api-usage=18/5000; per-app-api-usage=250/250(appName=sample-app) | false",
            "per-app-api-usage=250/250(appName=sample-app) | false",
            "api-usage=99999999999999999999/1 | false",
            "api-usage= | false",
            "null | false"})
    void allowanceUsedUp(String header, boolean usedUp) {
        assertThat(SalesforceLimitInfo.allowanceUsedUp(header)).isEqualTo(usedUp);
    }
}
