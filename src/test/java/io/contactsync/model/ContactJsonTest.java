package io.contactsync.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactJsonTest {

    @Test
    void writesFieldsInCanonicalOrderWhateverTheOrderTheyWereSet() {
        Contact one = Contact.empty().with(ContactField.CITY, "Boston").with(ContactField.FIRST_NAME, "Ada")
                .with(ContactField.EMAIL, "ada@x.com");
        Contact other = Contact.empty().with(ContactField.EMAIL, "ada@x.com").with(ContactField.FIRST_NAME, "Ada")
                .with(ContactField.CITY, "Boston");

        assertThat(ContactJson.toJson(one)).isEqualTo("{\"firstName\":\"Ada\",\"email\":\"ada@x.com\","
                + "\"city\":\"Boston\"}").isEqualTo(ContactJson.toJson(other));
        assertThat(ContactJson.hash(one)).isEqualTo(ContactJson.hash(other)).hasSize(64);
    }

    @Test
    void unsettledFieldsAreListedOnlyWhenThereAreAny() {
        Contact base = Contact.empty().with(ContactField.EMAIL, "a@x.com");

        assertThat(ContactJson.toJson(base.withUnsettled(Set.of(ContactField.TITLE, ContactField.EMAIL))))
                .isEqualTo("{\"email\":\"a@x.com\",\"unsettled\":[\"title\",\"email\"]}");
        assertThat(ContactJson.hash(base.withUnsettled(Set.of(ContactField.TITLE))))
                .isNotEqualTo(ContactJson.hash(base));
    }

    @Test
    void refusesWhatItDidNotWrite() {
        assertThatThrownBy(() -> ContactJson.fromJson("{\"nickname\":\"Ada\"}"))
                .hasMessageContaining("Unknown contact field 'nickname'");
        assertThatThrownBy(() -> ContactJson.fromJson("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactJson.fromJson("{")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void roundTripsEveryContact(@ForAll("contacts") Contact contact) {
        assertThat(ContactJson.fromJson(ContactJson.toJson(contact))).isEqualTo(contact);
    }

    @Provide
    Arbitrary<Contact> contacts() {
        Arbitrary<String> values = Arbitraries.strings().ofMaxLength(20).injectNull(0.4);
        return values.list().ofSize(ContactField.values().length)
                .flatMap(list -> Arbitraries.subsetOf(ContactField.values()).map(unsettled -> {
                    Contact contact = Contact.empty();
                    for (ContactField field : ContactField.values()) {
                        contact = contact.with(field, list.get(field.ordinal()));
                    }
                    return contact.withUnsettled(unsettled);
                }));
    }
}
