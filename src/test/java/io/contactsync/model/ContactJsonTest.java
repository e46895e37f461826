package io.contactsync.model;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class ContactJsonTest {

    @Test
    void writesFieldsInTheOrderOfTheirNamesWhateverTheOrderTheyWereSet() {
        Contact one = Contact.empty().with(ContactField.CITY, "Boston").with(ContactField.FIRST_NAME, "Ada")
                .with(ContactField.EMAIL, "ada@x.com");
        Contact other = Contact.empty().with(ContactField.EMAIL, "ada@x.com").with(ContactField.FIRST_NAME, "Ada")
                .with(ContactField.CITY, "Boston");

        assertThat(ContactJson.toJson(one)).isEqualTo("{\"city\":\"Boston\",\"email\":\"ada@x.com\","
                + "\"firstName\":\"Ada\"}").isEqualTo(ContactJson.toJson(other));
        assertThat(ContactJson.hash(one)).isEqualTo(ContactJson.hash(other)).hasSize(64);
    }

    @Test
    void unsettledFieldsAreListedOnlyWhenThereAreAny() {
        Contact base = Contact.empty().with(ContactField.EMAIL, "a@x.com");

        assertThat(ContactJson.toJson(base.withUnsettled(Set.of(ContactField.TITLE, ContactField.EMAIL))))
                .isEqualTo("{\"email\":\"a@x.com\",\"unsettled\":[\"email\",\"title\"]}");
        assertThat(ContactJson.hash(base.withUnsettled(Set.of(ContactField.TITLE))))
                .isNotEqualTo(ContactJson.hash(base));
    }

    @Test
    void refusesWhatItDidNotWrite() {
        assertThatThrownBy(() -> ContactJson.fromJson("{\"nick name\":\"Ada\"}"))
                .hasMessageContaining("'nick name' is not a field name");
        assertThatThrownBy(() -> ContactJson.fromJson("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactJson.fromJson("{")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A failure prints the smallest contact found and the seed; {@code -DQT_SEED=<seed>} replays the run. */
    @Test
    void roundTripsEveryContact() {
        Gen<Contact> contacts = ContactGenerators.contacts(
                ContactGenerators.orNull(strings().allPossible().ofLengthBetween(0, 20), 40))
                .zip(ContactGenerators.fieldSubsets(), Contact::withUnsettled);

        qt().forAll(contacts).checkAssert(contact ->
                assertThat(ContactJson.fromJson(ContactJson.toJson(contact))).isEqualTo(contact));
    }

    @Test
    void aPatchKeepsTheFieldsItClears() {
        Patch patch = Patch.between(Contact.empty().with(ContactField.MOBILE_PHONE, "+13175550100")
                        .with(ContactField.CITY, "Boston"),
                Contact.empty().with(ContactField.CITY, "Denver"), Set.of());

        String json = ContactJson.patchToJson(patch);

        assertThat(json).isEqualTo("{\"city\":\"Denver\",\"mobilePhone\":null}");
        assertThat(ContactJson.patchFromJson(json)).isEqualTo(patch);
        assertThatThrownBy(() -> ContactJson.patchFromJson("{\"nick name\":null}"))
                .hasMessageContaining("'nick name' is not a field name");
    }
}
