package io.contactsync.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The echo rule, on the mobile phone of Genesys Cloud. Cells: {@code NULL} = no value; in {@code echo},
 * {@code written>stored} or {@code -} for none; a base marked {@code *} is unsettled.
 */
class EchoesTest {

    private static final ContactField FIELD = ContactField.MOBILE_PHONE;
    private static final String LONG = "+13175550100;ext=12345678901234567890";
    private static final String SHORT = "+13175550100";

    @ParameterizedTest(name = "base {0}, echo {1}: Genesys holding {2} reads as {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # base                               | echo                                                   | Genesys holds                        | reads as
            +13175550100;ext=12345678901234567890 | +13175550100;ext=12345678901234567890>+13175550100    | +13175550100                         | +13175550100;ext=12345678901234567890
            +13175550100;ext=12345678901234567890 | +13175550100;ext=12345678901234567890>+13175550100    | +13175550100;ext=12345678901234567890 | +13175550100;ext=12345678901234567890
            +13175550100;ext=12345678901234567890 | +13175550100;ext=12345678901234567890>+13175550100    | +13175550199                         | +13175550199
            +13175550100;ext=12345678901234567890 | +13175550100;ext=12345678901234567890>+13175550100    | NULL                                 | NULL
            +13175550100;ext=12345678901234567890 | -                                                      | +13175550100                         | +13175550100
            +13175550199                         | +13175550100;ext=12345678901234567890>+13175550100    | +13175550100                         | +13175550100
            *+13175550100;ext=12345678901234567890 | +13175550100;ext=12345678901234567890>+13175550100   | +13175550100                         | +13175550100
            NULL                                 | +13175550100;ext=12345678901234567890>+13175550100    | +13175550100                         | +13175550100
            +1 317 ABC                           | +1 317 ABC>NULL                                        | NULL                                 | +1 317 ABC
            """)
    void aValueThatIsTheSidesEchoOfTheBaseValueReadsAsTheBaseValue(String base, String echo, String holds,
                                                                    String readsAs) {
        Contact baseContact = base(base);
        Echoes echoes = echoes(echo);
        Contact genesys = Contact.empty().with(ContactField.LAST_NAME, "Lovelace").with(FIELD, holds);

        Contact read = echoes.readAsBase(Side.GENESYS, genesys, baseContact);

        assertThat(read.get(FIELD)).isEqualTo(readsAs);
        assertThat(read.get(ContactField.LAST_NAME)).as("another field").isEqualTo("Lovelace");
        assertThat(echoes.readAsBase(Side.SALESFORCE, genesys, baseContact).get(FIELD)).as("the other side's value")
                .isEqualTo(holds);
    }

    @Test
    void aSideAtTheBaseHoldsItsEchoesOfTheBaseValues() {
        Contact base = Contact.empty().with(FIELD, LONG).with(ContactField.WORK_PHONE, "+13175550111");
        Echoes echoes = Echoes.none().with(Side.GENESYS, FIELD, new Echoes.Echo(LONG, SHORT))
                .with(Side.GENESYS, ContactField.WORK_PHONE, new Echoes.Echo("+13175550000", "+1317555"));

        assertThat(echoes.heldAtBase(Side.GENESYS, base)).as("the work phone's echo is of an older value")
                .isEqualTo(base.with(FIELD, SHORT));
        assertThat(echoes.heldAtBase(Side.SALESFORCE, base)).isEqualTo(base);
    }

    @Test
    void aNameStoredWithoutItsControlCharacterReadsAsTheNameWritten() {
        Contact base = Contact.empty().with(ContactField.FIRST_NAME, "Ada\u0007");
        Echoes echoes = Echoes.none().afterWrite(Side.GENESYS, Patch.creating(base),
                Contact.empty().with(ContactField.FIRST_NAME, "Ada"));

        assertThat(echoes.readAsBase(Side.GENESYS, Contact.empty().with(ContactField.FIRST_NAME, "Ada"), base))
                .isEqualTo(base);
        assertThat(echoes.readAsBase(Side.GENESYS, Contact.empty().with(ContactField.FIRST_NAME, "Ida"), base)
                .get(ContactField.FIRST_NAME)).isEqualTo("Ida");
    }

    @ParameterizedTest(name = "written {0}, stored {1}: echo {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # written                            | stored         | echo afterwards
            +13175550100;ext=12345678901234567890 | +13175550100   | +13175550100;ext=12345678901234567890>+13175550100
            +13175550199                         | +13175550199   | -
            +1 317 ABC                           | NULL           | +1 317 ABC>NULL
            NULL                                 | NULL           | -
            """)
    void aWriteEchoesWhatTheSideStoredWhereItDiffersFromWhatWasWritten(String written, String stored,
                                                                        String echo) {
        Echoes before = Echoes.none().with(Side.GENESYS, FIELD, new Echoes.Echo("+13175550155;ext=1", "+13175550155"));
        Map<ContactField, String> changes = new java.util.HashMap<>();
        changes.put(FIELD, written);

        Echoes after = before.afterWrite(Side.GENESYS, new Patch(changes), Contact.empty().with(FIELD, stored));

        assertThat(after).isEqualTo(echoes(echo));
    }

    @Test
    void aWriteWhoseAnswerShowsNothingLeavesNoEchoOfTheFieldsItWroteAndKeepsTheOthers() {
        Echoes.Echo workPhone = new Echoes.Echo("+13175550111;ext=1", "+13175550111");
        Echoes before = Echoes.none().with(Side.GENESYS, FIELD, new Echoes.Echo(LONG, SHORT))
                .with(Side.GENESYS, ContactField.WORK_PHONE, workPhone);

        Echoes after = before.afterWrite(Side.GENESYS, new Patch(Map.of(FIELD, "+13175550199")), null);

        assertThat(after).isEqualTo(Echoes.none().with(Side.GENESYS, ContactField.WORK_PHONE, workPhone));
    }

    @Test
    void onlyTheEchoesOfValuesTheBaseStillHoldsApply() {
        Echoes echoes = Echoes.none().with(Side.GENESYS, FIELD, new Echoes.Echo(LONG, SHORT))
                .with(Side.GENESYS, ContactField.WORK_PHONE, new Echoes.Echo("+13175550111;ext=1", "+13175550111"))
                .with(Side.SALESFORCE, ContactField.FIRST_NAME, new Echoes.Echo("Ada", "ADA"));
        Contact base = Contact.empty().with(FIELD, LONG).with(ContactField.WORK_PHONE, "+13175550199")
                .with(ContactField.FIRST_NAME, "Ada").withUnsettled(Set.of(ContactField.FIRST_NAME));

        assertThat(echoes.validFor(base)).isEqualTo(Echoes.none().with(Side.GENESYS, FIELD, new Echoes.Echo(LONG, SHORT)));
        assertThat(echoes.validFor(null)).isEqualTo(Echoes.none());
    }

    @Test
    void theStoredFormReadsBackAndNoneIsAnEmptyObject() {
        Echoes echoes = Echoes.none().with(Side.GENESYS, FIELD, new Echoes.Echo(LONG, SHORT))
                .with(Side.GENESYS, ContactField.FIRST_NAME, new Echoes.Echo("Ada\u0007", null));

        assertThat(Echoes.fromJson(echoes.toJson())).isEqualTo(echoes);
        assertThat(echoes.toJson()).isEqualTo("{\"GENESYS\":{\"firstName\":{\"written\":\"Ada\\u0007\",\"stored\":null},"
                + "\"mobilePhone\":{\"written\":\"" + LONG + "\",\"stored\":\"" + SHORT + "\"}}}");
        assertThat(Echoes.none().toJson()).isEqualTo("{}");
        assertThat(Echoes.fromJson(null)).isEqualTo(Echoes.none());
        assertThatThrownBy(() -> Echoes.fromJson("{\"GENESYS\":{\"nick name\":{}}}"))
                .hasMessageContaining("'nick name' is not a field name");
    }

    private static Contact base(String cell) {
        if (cell != null && cell.startsWith("*")) {
            return Contact.empty().with(FIELD, cell.substring(1)).withUnsettled(Set.of(FIELD));
        }
        return Contact.empty().with(FIELD, cell);
    }

    private static Echoes echoes(String cell) {
        if (cell.equals("-")) {
            return Echoes.none();
        }
        String[] parts = cell.split(">", -1);
        return Echoes.none().with(Side.GENESYS, FIELD, new Echoes.Echo(nullable(parts[0]), nullable(parts[1])));
    }

    private static String nullable(String text) {
        return text.equals("NULL") ? null : text;
    }
}
