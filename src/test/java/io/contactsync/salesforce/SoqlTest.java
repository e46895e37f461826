package io.contactsync.salesforce;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoqlTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ada@example.com           | 'ada@example.com'",
            "o'hara@x.com              | 'o\\'hara@x.com'",
            "back\\slash               | 'back\\\\slash'",
            "x' OR Email != '          | 'x\\' OR Email != \\''",
            "say \"hi\"                | 'say \\\"hi\\\"'",
    })
    void escapesStringLiterals(String value, String expected) {
        assertThat(Soql.literal(value)).isEqualTo(expected);
    }

    @Test
    void escapesControlCharacters() {
        assertThat(Soql.literal("a\nb\tc\rd")).isEqualTo("'a\\nb\\tc\\rd'");
    }

    @Test
    void injectionStaysInsideOneLiteral() {
        String query = Soql.byEmail(List.of("Id"), "x' OR LastName != 'y");
        assertThat(query).isEqualTo("SELECT Id FROM Contact WHERE Email = 'x\\' OR LastName != \\'y'");
    }

    @Test
    void incrementalQueryRoundsDownToTheSecondAndOrdersStably() {
        String query = Soql.modifiedSince("Contact", List.of("Id", "Email"), Instant.parse("2024-03-01T10:20:30.999Z"),
                null);
        assertThat(query).isEqualTo("SELECT Id, Email FROM Contact WHERE SystemModstamp >= 2024-03-01T10:20:30Z"
                + " ORDER BY SystemModstamp, Id");
    }

    @Test
    void incrementalQueryCanSkipTheIntegrationUsersOwnChanges() {
        String query = Soql.modifiedSince("Contact", List.of("Id"), Instant.parse("2024-03-01T10:20:30Z"),
                "005000000000001AAA");
        assertThat(query).isEqualTo("SELECT Id FROM Contact WHERE SystemModstamp >= 2024-03-01T10:20:30Z"
                + " AND LastModifiedById != '005000000000001AAA' ORDER BY SystemModstamp, Id");
    }

    @Test
    void byIdsQuotesEveryId() {
        assertThat(Soql.byIds("Contact", List.of("Id"), List.of("003A", "003'B")))
                .isEqualTo("SELECT Id FROM Contact WHERE Id IN ('003A', '003\\'B')");
        assertThatThrownBy(() -> Soql.byIds("Contact", List.of("Id"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQueriesReadTheSObjectTheyAreGiven() {
        assertThat(Soql.modifiedSince("Account", List.of("Id", "Name"), Instant.parse("2024-03-01T10:20:30Z"), null))
                .isEqualTo("SELECT Id, Name FROM Account WHERE SystemModstamp >= 2024-03-01T10:20:30Z"
                        + " ORDER BY SystemModstamp, Id");
        assertThat(Soql.byIds("Account", List.of("Id"), List.of("001A")))
                .isEqualTo("SELECT Id FROM Account WHERE Id IN ('001A')");
    }
}
