package io.contactsync.sandbox.genesys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenesysBehaviourTest {

    @Test
    void defaultsAreTheDocumentedGuesses() {
        assertThat(GenesysBehaviour.defaults()).isEqualTo(
                new GenesysBehaviour(200, 204, true, 100, 200, 1000, false, 401, 200, false, true, true, true, 400, true,
                        true));
    }

    @Test
    void changesOnlyTheNamedSettings() {
        GenesysBehaviour changed = GenesysBehaviour.defaults().with(GenesysJson.MAPPER.createObjectNode()
                .put("createStatus", 201).put("bulkMaxBatchSize", 50));

        assertThat(changed).isEqualTo(
                new GenesysBehaviour(201, 204, true, 50, 200, 1000, false, 401, 200, false, true, true, true, 400, true,
                        true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"createStatus\":202}", "{\"deleteStatus\":404}", "{\"missingOrganizationStatus\":409}",
            "{\"bulkMaxBatchSize\":0}",
            "{\"noSuchSetting\":1}", "{\"replaceOnUpdate\":\"sometimes\"}", "[]"})
    void refusesUnknownSettingsAndBadValues(String json) throws Exception {
        var changes = GenesysJson.MAPPER.readTree(json);

        assertThatThrownBy(() -> GenesysBehaviour.defaults().with(changes))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
