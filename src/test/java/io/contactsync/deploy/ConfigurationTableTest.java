package io.contactsync.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.contactsync.deploy.RepositoryManifests.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration table against the application: every variable the table names is read, and every
 * variable the application (the sync, the embedded sandbox and the log configuration) reads is in the table.
 */
class ConfigurationTableTest {

    @Test
    void theTableNamesExactlyTheVariablesTheApplicationReads() throws IOException {
        Set<String> read = new TreeSet<>(ApplicationSettings.environmentVariablesRead());
        read.addAll(ApplicationSettings.sandboxVariablesRead());
        read.addAll(logConfigurationVariables());

        assertThat(tableVariables()).as("variables in the README's configuration table").isEqualTo(read);
    }

    /** The first column of the table under "## Configuration". */
    private static Set<String> tableVariables() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher section = Pattern.compile("(?ms)^## Configuration$(.*?)(?=^## )").matcher(readme);
        assertThat(section.find()).as("README.md has a Configuration section").isTrue();
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| ([^|]+) \\|").matcher(section.group(1));
        while (row.find()) {
            Matcher name = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static Set<String> logConfigurationVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("\\$\\{env:([A-Z][A-Z0-9_]+)")
                .matcher(Files.readString(ROOT.resolve("src/main/resources/log4j2.properties")));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
