package io.contactsync.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            ada@example.com|ada@example.com
            Ada.Lovelace@Example.COM|ada.lovelace@example.com
            '  ada@example.com\t'|ada@example.com
            '\u2003ADA@EXAMPLE.COM\u2003'|ada@example.com
            ÉLODIE@EXAMPLE.FR|élodie@example.fr
            not an email|not an email
            '   '|NULL
            ''|NULL
            NULL|NULL
            """)
    void canonicalFormIsStrippedAndLowerCased(String raw, String canonical) {
        assertThat(Emails.canonical(raw)).isEqualTo(canonical);
    }
}
