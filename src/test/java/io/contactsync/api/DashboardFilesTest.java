package io.contactsync.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardFilesTest {

    final DashboardFiles files = new DashboardFiles();

    @ParameterizedTest
    @CsvSource({
            "index.html,    text/html; charset=utf-8,       <title>contact-sync</title>",
            "dashboard.js,  text/javascript; charset=utf-8, /api/conflicts/",
            "dashboard.css, text/css; charset=utf-8,        #run-chart"})
    void servesEachDashboardFileWithItsContentType(String name, String contentType, String excerpt) {
        WebFile file = files.find(name).orElseThrow();

        assertThat(file.contentType()).isEqualTo(contentType);
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).contains(excerpt);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"application.properties", "../application.properties", "web/index.html",
            "routes/admin-api.camel.yaml", "io/contactsync/Application.class", "INDEX.HTML", "pom.xml"})
    void servesNothingElse(String name) {
        assertThat(files.find(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"logo.bmp", "README"})
    void aFileWithoutAKnownContentTypeIsAProgrammingError(String name) {
        assertThatThrownBy(() -> WebFile.contentType(name)).isInstanceOf(IllegalArgumentException.class);
    }
}
