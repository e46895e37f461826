package io.contactsync.store;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreSettingsTest {

    @Test
    void withoutEnvironmentTheStoreIsTheLocalH2FileUnderData() {
        StoreSettings settings = StoreSettings.fromEnvironment(Map.of());

        assertThat(settings.url()).isEqualTo("jdbc:h2:file:./data/contact-sync");
        assertThat(settings.poolSize()).isEqualTo(StoreSettings.DEFAULT_POOL_SIZE);
    }

    @Test
    void theEnvironmentPointsTheStoreAtPostgres() {
        StoreSettings settings = StoreSettings.fromEnvironment(Map.of(
                "SYNC_DB_URL", "jdbc:postgresql://db:5432/sync",
                "SYNC_DB_USER", "sync",
                "SYNC_DB_PASSWORD", "secret",
                "SYNC_DB_POOL_SIZE", "12"));

        assertThat(settings).isEqualTo(new StoreSettings("jdbc:postgresql://db:5432/sync", "sync", "secret", 12,
                StoreSettings.DEFAULT_CONNECT_TIMEOUT));
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void aPasswordInTheUrlIsRedactedFromMessages() {
        StoreSettings settings = StoreSettings.of("jdbc:postgresql://db/sync?user=a&password=secret&ssl=true", "", "");

        assertThat(settings.redactedUrl()).isEqualTo("jdbc:postgresql://db/sync?user=a&password=***&ssl=true");
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> StoreSettings.fromEnvironment(Map.of("SYNC_DB_POOL_SIZE", "many")))
                .hasMessageContaining("SYNC_DB_POOL_SIZE");
        assertThatThrownBy(() -> StoreSettings.of(" ", "", "")).hasMessageContaining("URL");
        assertThatThrownBy(() -> new StoreSettings("jdbc:h2:mem:x", "", "", 0, StoreSettings.DEFAULT_CONNECT_TIMEOUT))
                .hasMessageContaining("pool size");
    }
}
