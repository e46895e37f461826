package io.contactsync.sandbox.genesys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactValidatorTest {

    private static final GenesysBehaviour DEFAULTS = GenesysBehaviour.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ada.lovelace+crm@mail.example.co.uk", "o'hara@example.org"})
    void acceptsEmailAddresses(String email) {
        assertThat(ContactValidator.validate(contact(email), DEFAULTS).workEmail()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada lovelace@example.com",
            "ada@example..com"})
    void refusesWhatIsNotAnEmailAddressNamingTheField(String email) {
        assertThatThrownBy(() -> ContactValidator.validate(contact(email), DEFAULTS))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(FieldError::fieldName).containsExactly("workEmail");
                    assertThat(e.getMessage()).contains("workEmail").contains(email.trim());
                });
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"firstName, 1001", "title, 1001", "externalSystemUrl, 1001", "otherEmail, 257",
            "address.address1, 201", "address.address2, 201", "address.city, 101", "address.state, 51",
            "address.postalCode, 26", "address.countryCode, 26"})
    void refusesTooLongFields(String field, int length) {
        String value = field.endsWith("Email") ? "a".repeat(length - 12) + "@example.com" : "x".repeat(length);

        assertThatThrownBy(() -> ContactValidator.validate(withField(field, value), DEFAULTS))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::fieldName).containsExactly(field));
        assertThat(ContactValidator.validate(withField(field, value.substring(1)), DEFAULTS)).isNotNull();
    }

    @Test
    void address1LimitIsConfigurable() {
        GenesysBehaviour longer = DEFAULTS.with(GenesysJson.MAPPER.createObjectNode().put("address1MaxLength", 300));

        assertThat(ContactValidator.validate(withField("address.address1", "x".repeat(300)), longer).address()
                .address1()).hasSize(300);
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ContactFields bad = new ContactFields("x".repeat(1001), null, null, null, null, null, null, null, null,
                "bad", "worse", null, null, null, null, null, null, null, null, null, null, null, "Famous");

        assertThatThrownBy(() -> ContactValidator.validate(bad, DEFAULTS))
                .isInstanceOfSatisfying(EmulatedGenesysError.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::fieldName)
                        .containsExactly("firstName", "workEmail", "personalEmail", "type"));
    }

    @Test
    void trimsTextTreatsBlankAsAbsentAndCanonicalisesTheType() {
        ContactFields sent = new ContactFields("  Ada ", "   ", "Lovelace", null, null,
                PhoneNumber.typed("3175550142"), null, null, null, " ada@example.com ", null, null,
                new ContactAddress(" ", null, null, "", null, null), null, null, null, null,
                new ExternalOrganizationRef(null), null, null, null, null, "identified");

        ContactFields stored = ContactValidator.validate(sent, DEFAULTS);

        assertThat(stored.firstName()).isEqualTo("Ada");
        assertThat(stored.middleName()).isNull();
        assertThat(stored.workEmail()).isEqualTo("ada@example.com");
        assertThat(stored.address()).isNull();
        assertThat(stored.externalOrganization()).isNull();
        assertThat(stored.type()).isEqualTo("Identified");
        assertThat(stored.workPhone().e164()).isEqualTo("+13175550142");
    }

    @Test
    void typeDefaultsToCurated() {
        assertThat(ContactValidator.validate(contact(null), DEFAULTS).type()).isEqualTo("Curated");
    }

    private static ContactFields contact(String workEmail) {
        return new ContactFields(null, null, "Lovelace", null, null, null, null, null, null, workEmail, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ContactFields withField(String field, String value) {
        var node = GenesysJson.MAPPER.createObjectNode().put("lastName", "Lovelace");
        if (field.startsWith("address.")) {
            node.putObject("address").put(field.substring("address.".length()), value);
        } else {
            node.put(field, value);
        }
        return GenesysJson.convert(node, ContactFields.class);
    }
}
