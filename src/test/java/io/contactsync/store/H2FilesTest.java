package io.contactsync.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class H2FilesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "jdbc:h2:file:./data/contact-sync                 | ./data",
            "jdbc:h2:file:/var/lib/sync/db;MODE=PostgreSQL    | /var/lib/sync",
            "jdbc:h2:/srv/state/db                            | /srv/state",
            "JDBC:H2:FILE:/srv/upper/db                       | /srv/upper",
            "jdbc:h2:mem:test                                 | none",
            "jdbc:h2:tcp://localhost/~/db                     | none",
            "jdbc:postgresql://localhost/sync                 | none"})
    void findsTheFolderOfAnEmbeddedFileDatabase(String url, String folder) {
        Optional<Path> expected = folder == null ? Optional.empty() : Optional.of(Path.of(folder).toAbsolutePath().normalize());

        assertThat(H2Files.directory(url).map(Path::normalize)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"jdbc:h2:~/sync/db", "jdbc:h2:file:~/sync/db"})
    void resolvesTheHomeFolder(String url) {
        assertThat(H2Files.directory(url)).contains(Path.of(System.getProperty("user.home"), "sync"));
    }
}
