package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationValidatorTest {

    private static final GenesysBehaviour DEFAULTS = GenesysBehaviour.defaults();
    private static final Pattern LENGTH = Pattern.compile("%(\\d+)");

    @Test
    void storesTrimmedTextNormalisedPhonesAndDropsBlankListItems() {
        OrganizationFields sent = GenesysJson.convert(json("""
                {"name":"  Acme Corp ","industry":" ","phoneNumber":{"display":"(317) 555-0142"},
                 "websites":["https://acme.example"," "],"tags":[" "],
                 "tickers":[{"symbol":" ACME ","exchange":"NYSE"}]}"""), OrganizationFields.class);

        OrganizationFields stored = OrganizationValidator.validate(sent, DEFAULTS);

        assertThat(stored.name()).isEqualTo("Acme Corp");
        assertThat(stored.industry()).isNull();
        assertThat(stored.phoneNumber().e164()).isEqualTo("+13175550142");
        assertThat(stored.websites()).containsExactly("https://acme.example");
        assertThat(stored.tags()).isNull();
        assertThat(stored.tickers()).containsExactly(new Ticker("ACME", "NYSE"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}                                                  | name",
            "{\"name\":\" \"}                                    | name",
            "{\"name\":\"A\",\"tickers\":[{\"symbol\":\"X\"}]}   | tickers[0].exchange",
            "{\"name\":\"A\",\"tickers\":[{\"exchange\":\"X\"}]} | tickers[0].symbol",
            "{\"name\":\"A\",\"address\":{\"city\":\"%101\"}}    | address.city",
            "{\"name\":\"A\",\"companyType\":\"%1001\"}          | companyType",
            "{\"name\":\"%1001\"}                                | name"})
    void refusesNamingTheField(String body, String field) {
        OrganizationFields sent = GenesysJson.convert(json(expand(body)), OrganizationFields.class);

        assertThatThrownBy(() -> OrganizationValidator.validate(sent, DEFAULTS))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(FieldError::fieldName).containsExactly(field);
                    assertThat(e.getMessage()).startsWith("The organization is invalid");
                });
    }

    /** The body with each {@code %N} replaced by N x's. */
    private static String expand(String body) {
        return LENGTH.matcher(body.trim()).replaceAll(m -> "x".repeat(Integer.parseInt(m.group(1))));
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) SchemaFixtures.json(text);
    }
}
