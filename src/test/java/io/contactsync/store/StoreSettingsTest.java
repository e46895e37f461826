package io.contactsync.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreSettingsTest {

    @Test
    void theDefaultsAreTheLocalH2FileUnderData() {
        StoreSettings settings = StoreSettings.defaults();

        assertThat(settings.url()).isEqualTo("jdbc:h2:file:./data/contact-sync");
        assertThat(settings.poolSize()).isEqualTo(StoreSettings.DEFAULT_POOL_SIZE);
    }

    @Test
    void thePasswordIsLeftOutOfMessages() {
        StoreSettings settings = new StoreSettings("jdbc:postgresql://db:5432/sync", "sync", "secret", 12,
                StoreSettings.DEFAULT_CONNECT_TIMEOUT);

        assertThat(settings.toString()).contains("jdbc:postgresql://db:5432/sync", "poolSize=12").doesNotContain("secret");
    }

    @Test
    void aPasswordInTheUrlIsRedactedFromMessages() {
        StoreSettings settings = StoreSettings.of("jdbc:postgresql://db/sync?user=a&password=secret&ssl=true", "", "");

        assertThat(settings.redactedUrl()).isEqualTo("jdbc:postgresql://db/sync?user=a&password=***&ssl=true");
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> StoreSettings.of(" ", "", "")).hasMessageContaining("URL");
        assertThatThrownBy(() -> new StoreSettings("jdbc:h2:mem:x", "", "", 0, StoreSettings.DEFAULT_CONNECT_TIMEOUT))
                .hasMessageContaining("pool size");
    }
}
