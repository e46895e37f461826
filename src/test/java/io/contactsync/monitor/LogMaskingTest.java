package io.contactsync.monitor;

import io.contactsync.testing.LogCapture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The console pattern of log4j2.properties masks contact emails and phone numbers in messages. */
class LogMaskingTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogMaskingTest.class);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dead-lettered GENESYS UPDATE g-1: invalid email jane.doe+work@example.co.uk | invalid email ***@example.co.uk | jane.doe",
            "invalid email address: jürgen.müller@bücher.example | invalid email address: ***@bücher.example | müller@",
            "invalid email address: ann.lee@例え.jp | invalid email address: ***@例え.jp | ann.lee",
            "phone +14155550123 rejected | phone *** rejected | 4155550123",
            "phone +44 20 7946 0958 rejected | phone *** rejected | 7946",
            "workPhone (415) 555-0123 is not valid | workPhone *** is not valid | 555-0123",
            "mobile 415-555-0199, email a@b.io | mobile ***, email ***@b.io | 555-0199",
            "Cycle 12: SUCCEEDED; created 30 in Salesforce; updated 60 / 60 | Cycle 12: SUCCEEDED; created 30 in Salesforce; updated 60 / 60 | ~",
            "watermark 2026-11-28T01:27:40.123Z id 003A000000000001 | watermark 2026-11-28T01:27:40.123Z id 003A000000000001 | ~"})
    void masksEmailsAndPhonesAndLeavesTheRest(String message, String expected, String hidden) {
        try (LogCapture capture = LogCapture.start()) {
            LOG.warn(message);

            assertThat(capture.lines()).singleElement().satisfies(line -> {
                assertThat(line).contains(expected);
                if (!hidden.equals("~")) {
                    assertThat(line).doesNotContain(hidden);
                }
            });
        }
    }
}
