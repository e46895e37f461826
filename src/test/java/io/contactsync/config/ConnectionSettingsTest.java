package io.contactsync.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionSettingsTest {

    @Test
    void nothingConfiguredMeansSandbox() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of("PATH", "/usr/bin"));

        assertThat(settings.sandbox()).isTrue();
        assertThat(settings.salesforce()).isNull();
        assertThat(settings.genesys()).isNull();
    }

    @Test
    void bothConfiguredWithRegionDefaults() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of(
                "SALESFORCE_CLIENT_ID", "sf-id", "SALESFORCE_CLIENT_SECRET", "sf-secret",
                "SALESFORCE_USERNAME", "user@acme.com", "SALESFORCE_PASSWORD", "pw",
                "GENESYS_CLIENT_ID", "gc-id", "GENESYS_CLIENT_SECRET", "gc-secret", "GENESYS_REGION", "eu-west-1"));

        assertThat(settings.sandbox()).isFalse();
        assertThat(settings.salesforce().authenticationType()).isEqualTo("USERNAME_PASSWORD");
        assertThat(settings.salesforce().loginUrl()).isEqualTo("https://login.salesforce.com");
        assertThat(settings.genesys().apiUrl()).isEqualTo("https://api.mypurecloud.ie");
        assertThat(settings.genesys().tokenUrl()).isEqualTo("https://login.mypurecloud.ie/oauth/token");
        assertThat(settings.asCamelProperties())
                .containsEntry("camel.component.salesforce.userName", "user@acme.com")
                .containsEntry("genesys.client-secret", "gc-secret");
    }

    @Test
    void explicitUrlsWinOverTheRegionAndLoseTheirTrailingSlash() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of(
                "SALESFORCE_CLIENT_ID", "sf-id", "SALESFORCE_REFRESH_TOKEN", "rt",
                "SALESFORCE_LOGIN_URL", "https://acme.my.salesforce.com/",
                "GENESYS_CLIENT_ID", "gc-id", "GENESYS_CLIENT_SECRET", "gc-secret",
                "GENESYS_API_URL", "http://localhost:18082/", "GENESYS_LOGIN_URL", "http://localhost:18082"));

        assertThat(settings.salesforce().authenticationType()).isEqualTo("REFRESH_TOKEN");
        assertThat(settings.salesforce().loginUrl()).isEqualTo("https://acme.my.salesforce.com");
        assertThat(settings.genesys().apiUrl()).isEqualTo("http://localhost:18082");
    }

    @Test
    void clientCredentialsWhenOnlyIdAndSecretAreSet() {
        ConnectionSettings settings = ConnectionSettings.fromEnvironment(Map.of(
                "SALESFORCE_CLIENT_ID", "sf-id", "SALESFORCE_CLIENT_SECRET", "sf-secret",
                "GENESYS_CLIENT_ID", "gc-id", "GENESYS_CLIENT_SECRET", "gc-secret"));

        assertThat(settings.salesforce().authenticationType()).isEqualTo("CLIENT_CREDENTIALS");
        assertThat(settings.asCamelProperties()).doesNotContainKey("camel.component.salesforce.userName");
    }

    @Test
    void oneSystemOnlyIsRefusedWithTheMissingVariablesNamed() {
        assertThatThrownBy(() -> ConnectionSettings.fromEnvironment(Map.of("GENESYS_CLIENT_ID", "gc-id")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SALESFORCE_CLIENT_ID is not set")
                .hasMessageContaining("GENESYS_CLIENT_SECRET is not set");
        assertThatThrownBy(() -> ConnectionSettings.fromEnvironment(Map.of(
                "SALESFORCE_CLIENT_ID", "sf-id", "SALESFORCE_CLIENT_SECRET", "s", "SALESFORCE_USERNAME", "u",
                "GENESYS_CLIENT_ID", "gc-id", "GENESYS_CLIENT_SECRET", "gc-secret")))
                .hasMessageContaining("SALESFORCE_USERNAME and SALESFORCE_PASSWORD must be set together");
    }

    @Test
    void unknownRegionIsNamed() {
        assertThatThrownBy(() -> ConnectionSettings.fromEnvironment(Map.of("GENESYS_REGION", "mars_1")))
                .hasMessageContaining("Unknown Genesys Cloud region 'mars_1'");
    }
}
