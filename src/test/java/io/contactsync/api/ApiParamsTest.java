package io.contactsync.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.MappedObject;
import io.contactsync.store.ConflictStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiParamsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, 50", "'', 50", "1, 1", " 7 , 7", "500, 500", "501, 500", "100000, 500"})
    void limitDefaultsTo50AndIsCappedAt500(String given, int expected) {
        assertThat(ApiParams.limit(given)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, at least 1", "-3, at least 1", "ten, must be a number", "1.5, must be a number"})
    void aBadLimitIsA400(String given, String message) {
        assertThatThrownBy(() -> ApiParams.limit(given)).isInstanceOf(ApiError.class).hasMessageContaining(message)
                .extracting(e -> ((ApiError) e).getStatus()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, -", "open, OPEN", "Auto_Resolved, AUTO_RESOLVED", " RESOLVED , RESOLVED"})
    void statusIsCaseInsensitiveAndOptional(String given, ConflictStatus expected) {
        assertThat(ApiParams.status(given, ConflictStatus.class)).isEqualTo(expected);
    }

    @Test
    void anUnknownStatusNamesTheValidOnes() {
        assertThatThrownBy(() -> ApiParams.status("closed", ConflictStatus.class))
                .hasMessageContaining("[OPEN, AUTO_RESOLVED, RESOLVED, AGREED, PAIR_RETIRED]");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, -", "'', -", "contact, CONTACT", " Organization , ORGANIZATION"})
    void theObjectFilterIsCaseInsensitiveAndOptional(String given, MappedObject expected) {
        assertThat(ApiParams.mappedObject(given)).isEqualTo(expected);
    }

    @Test
    void anUnknownObjectIsA400NamingTheValidOnes() {
        assertThatThrownBy(() -> ApiParams.mappedObject("account")).isInstanceOf(ApiError.class)
                .hasMessage("object must be one of [CONTACT, ORGANIZATION], not 'account'")
                .extracting(e -> ((ApiError) e).getStatus()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, must be a JSON object", "'', must be a JSON object",
            "'[1]', must be a JSON object", "'\"x\"', must be a JSON object", "'{\"a\":', malformed JSON"})
    void aBodyMustBeAJsonObject(String body, String message) {
        assertThatThrownBy(() -> ApiParams.object(body)).isInstanceOf(ApiError.class).hasMessageContaining(message);
    }

    @Test
    void membersMustBeKnownStrings() {
        assertThatThrownBy(() -> ApiParams.onlyKnown(ApiParams.object("{\"winer\":\"x\"}"), "winner"))
                .hasMessageContaining("unknown member \"winer\"");
        assertThatThrownBy(() -> ApiParams.text(ApiParams.object("{\"value\":3}"), "value", 10))
                .hasMessageContaining("\"value\" must be a string");
        assertThat(ApiParams.text(ApiParams.object("{\"value\":null}"), "value", 10)).isNull();
        assertThat(ApiParams.text(ApiParams.object("{\"value\":\"v\"}"), "value", 10)).isEqualTo("v");
    }

    @Test
    void aTextLongerThanItsLimitIsRefusedNamingTheMemberAndTheLimit() {
        ObjectNode body = ApiParams.object("{\"by\":\"" + "b".repeat(129) + "\"}");

        assertThat(ApiParams.text(body, "by", 129)).hasSize(129);
        assertThatThrownBy(() -> ApiParams.text(body, "by", 128)).isInstanceOf(ApiError.class)
                .hasMessage("\"by\" is too long: at most 128 characters, not 129")
                .extracting(refused -> ((ApiError) refused).getStatus()).isEqualTo(400);
    }

    @Test
    void malformedJsonIsRefusedWithoutTheParsersMessage() {
        assertThatThrownBy(() -> ApiParams.object("{\"action\": nope}")).isInstanceOf(ApiError.class)
                .hasMessageStartingWith("malformed JSON").hasMessageNotContaining("Unrecognized token")
                .hasMessageNotContaining("line:");
    }
}
