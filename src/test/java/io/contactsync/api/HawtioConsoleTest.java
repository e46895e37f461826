package io.contactsync.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HawtioConsoleTest {

    static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    final HawtioConsole console = new HawtioConsole("console-fixture/");

    @ParameterizedTest(name = "{0} (Accept {1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "/hawtio                      | " + PAGE + " | index.html | text/html; charset=utf-8",
            "/hawtio/                     | " + PAGE + " | index.html | text/html; charset=utf-8",
            "/hawtio/                     | */*        | index.html | text/html; charset=utf-8",
            "/hawtio/index.js             | */*        | index.js   | text/javascript; charset=utf-8",
            "/hawtio/assets/font-ABC.woff2| */*        | font       | font/woff2",
            "/hawtio/camel/routes         | " + PAGE + " | index.html | text/html; charset=utf-8",
            "/hawtio/jmx/attributes       | " + PAGE + " | index.html | text/html; charset=utf-8",
    })
    void servesTheListedFilesAndTheConsolePageForItsDeepLinks(String path, String accept, String expected, String type) {
        WebFile file = console.find(path, accept).orElseThrow();

        assertThat(file.contentType()).isEqualTo(type);
        String content = new String(file.content());
        switch (expected) {
            case "index.html" -> assertThat(content).contains("<title>fixture</title>");
            case "index.js" -> assertThat(content).contains("console.log(\"fixture\")");
            default -> assertThat(content).isEqualTo("wOF2");
        }
    }

    @ParameterizedTest(name = "{0} (Accept {1})")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "/hawtio/secret.js                 | */*",
            "/hawtio/secret.js                 | " + PAGE,
            "/hawtio/files.txt                 | */*",
            "/hawtio/auth/config               | */*",
            "/hawtio/keycloak/enabled          | application/json",
            "/hawtio/camel/routes              | -",
            "/hawtio/../application.properties | " + PAGE,
            "/hawtio/assets/../../application.properties | */*",
            "/hawtioX                          | " + PAGE,
            "/index.html                       | " + PAGE,
            "-                                 | " + PAGE,
    })
    void servesNothingElse(String path, String accept) {
        assertThat(console.find(path, accept)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hawtio", "/hawtio/", "/hawtio/index.js", "/hawtio/camel/routes"})
    void aBuildWithoutTheConsoleServesNothing(String path) {
        HawtioConsole notBuilt = new HawtioConsole("no-such-folder/");

        assertThat(notBuilt.built()).isFalse();
        assertThat(notBuilt.find(path, PAGE)).isEmpty();
        assertThat(console.built()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/hawtio/jolokia                             | ''",
            "/hawtio/jolokia/                            | /",
            "/hawtio/jolokia/version                     | /version",
            "/hawtio/jolokia/read/java.lang:type=Memory  | /read/java.lang:type=Memory",
    })
    void jolokiaRequestsKeepTheirPathBelowJolokia(String path, String below) {
        assertThat(console.isJolokia(path)).isTrue();
        assertThat(console.jolokiaPath(path)).isEqualTo(below);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"/hawtio/jolokiax", "/hawtio/jolokia.js", "/hawtio/", "/jolokia", "/hawtio/camel/jolokia"})
    void otherPathsAreNotJolokia(String path) {
        assertThat(console.isJolokia(path)).isFalse();
    }
}
