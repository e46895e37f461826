package io.contactsync.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The packaged jar, the one the Docker image runs, carries the Hawtio console it serves at /hawtio: the page and
 * every file the console build listed in hawtio/files.txt (HawtioConsole serves those and nothing else).
 */
class ConsoleInJarIT {

    @Test
    void theJarCarriesTheConsoleAndEveryFileItLists() throws IOException {
        assumeFalse(Boolean.getBoolean("console.skip"), "built with -Dconsole.skip");
        try (JarFile jar = new JarFile(System.getProperty("contactsync.jar"))) {
            ZipEntry list = jar.getEntry("hawtio/files.txt");
            assertThat(list).as("hawtio/files.txt in %s: the console was not built into the jar; the build needs"
                    + " npm (apt-get install nodejs npm, as .ci/run does)", jar.getName()).isNotNull();
            List<String> files;
            try (InputStream in = jar.getInputStream(list)) {
                files = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(name -> !name.isEmpty()).toList();
            }

            assertThat(files).contains("index.html", "index.js", "hawtconfig.json");
            assertThat(files).allSatisfy(name -> assertThat(jar.getEntry("hawtio/" + name)).as(name).isNotNull()
                    .satisfies(entry -> assertThat(entry.getSize()).as(name).isPositive()));
        }
    }
}
