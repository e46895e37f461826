package io.contactsync.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile read as Docker reads it (there is no Docker engine to build it here): the build stage gets every
 * folder the Maven build reads, console included, and npm to build the console; the image runs as a numeric
 * non-root user and checks its own health. ConsoleInJarIT checks the jar the build stage produces.
 */
class DockerfileTest {

    private static final Path ROOT = RepositoryManifests.ROOT;

    record Instruction(String keyword, String arguments) {
    }

    record Stage(List<Instruction> instructions) {
        List<String> arguments(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }
    }

    private final List<Stage> stages = stages(read(ROOT.resolve("Dockerfile")));
    private final Stage image = stages.get(stages.size() - 1);
    private final Stage build = stages.stream()
            .filter(stage -> stage.arguments("RUN").stream().anyMatch(run -> run.matches("mvn .*\\bpackage\\b.*")))
            .findFirst().orElseThrow(() -> new AssertionError("no stage runs mvn package"));

    @Test
    void theImageRunsAsANumericUserThatIsNotRoot() {
        List<String> users = image.arguments("USER");
        assertThat(users).as("USER in the final stage").isNotEmpty();
        String user = users.get(users.size() - 1);
        assertThat(user).as("numeric, so that Kubernetes' runAsNonRoot can verify it").matches("\\d+(:\\d+)?");
        assertThat(user.split(":")).allSatisfy(id -> assertThat(Integer.parseInt(id)).isPositive());
    }

    @Test
    void theImageChecksItsLivenessOnTheManagementPort() {
        assertThat(image.arguments("HEALTHCHECK")).as("HEALTHCHECK in the final stage").singleElement()
                .satisfies(check -> {
                    assertThat(check).contains(" CMD ", "/observe/health/live");
                    assertThat(check).as("the management port of application.properties, unless the container moves it")
                            .contains("${CAMEL_MANAGEMENT_PORT:-" + managementPort() + "}");
                });
        assertThat(image.arguments("EXPOSE")).singleElement().asString().contains(managementPort());
    }

    @Test
    void theBuildStageCopiesEverythingTheMavenBuildReadsAndHasNpmForTheConsole() {
        Set<String> copied = new LinkedHashSet<>();
        build.arguments("COPY").stream().filter(copy -> !copy.startsWith("--from")).forEach(copy -> {
            String[] parts = copy.split("\\s+");
            copied.addAll(List.of(parts).subList(0, parts.length - 1));
        });

        assertThat(copied).containsAll(foldersTheMavenBuildReads());
        assertThat(build.arguments("RUN")).as("npm, which console/maven-build.sh builds the console with")
                .anyMatch(run -> run.contains("npm --version"));
        assertThat(build.arguments("RUN")).as("the build fails rather than package a jar without the console")
                .anyMatch(run -> run.contains("hawtio/index.html"));
    }

    @Test
    void dockerignoreLetsInWhatTheBuildStageCopies() {
        List<String> ignore = read(ROOT.resolve(".dockerignore")).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

        for (String folder : foldersTheMavenBuildReads()) {
            assertThat(ignored(ignore, folder)).as(folder).isFalse();
        }
        assertThat(ignored(ignore, "src/main/java/io/contactsync/Application.java")).isFalse();
        assertThat(ignored(ignore, "console/maven-build.sh")).isFalse();
        assertThat(ignored(ignore, "console/node_modules/react/package.json")).as("the machine's own npm install")
                .isTrue();
        assertThat(ignored(ignore, "target/contact-sync.jar")).isTrue();
    }

    /** pom.xml, src/, and the top-level folders of the pom's resource directories and of the scripts it runs. */
    private static Set<String> foldersTheMavenBuildReads() {
        String pom = read(ROOT.resolve("pom.xml"));
        Set<String> folders = new LinkedHashSet<>(List.of("pom.xml", "src"));
        Matcher resource = Pattern.compile("<directory>([^<$]+)</directory>").matcher(pom);
        while (resource.find()) {
            folders.add(resource.group(1).split("/")[0]);
        }
        Matcher script = Pattern.compile("\\$\\{project\\.basedir}/([^/<]+)/").matcher(pom);
        while (script.find()) {
            folders.add(script.group(1));
        }
        assertThat(folders).as("what the pom names").contains("routes", "console");
        return folders;
    }

    /** Docker's rule: the last pattern that matches the path or one of its parent folders decides. */
    private static boolean ignored(List<String> patterns, String path) {
        boolean ignored = false;
        for (String line : patterns) {
            boolean negated = line.startsWith("!");
            String pattern = (negated ? line.substring(1) : line).replaceAll("/+$", "");
            var matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            for (Path prefix = Path.of(path); prefix != null; prefix = prefix.getParent()) {
                if (matcher.matches(prefix)) {
                    ignored = !negated;
                    break;
                }
            }
        }
        return ignored;
    }

    /** The management port the application opens when CAMEL_MANAGEMENT_PORT is unset. */
    private static String managementPort() {
        return String.valueOf(ApplicationSettings.load(ROOT.resolve("src/main/resources/application.properties"))
                .camelInt("camel.management.port"));
    }

    /** Stages in order; continuation lines joined, comments and blank lines left out. */
    private static List<Stage> stages(String dockerfile) {
        List<Stage> stages = new ArrayList<>();
        String joined = dockerfile.lines().filter(line -> !line.strip().startsWith("#"))
                .reduce("", (all, line) -> all.endsWith("\\") ? all.substring(0, all.length() - 1) + " " + line.strip()
                        : all + "\n" + line);
        for (String line : joined.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            String[] parts = line.split("\\s+", 2);
            Instruction instruction = new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1] : "");
            if (instruction.keyword().equals("FROM")) {
                stages.add(new Stage(new ArrayList<>()));
            } else {
                stages.get(stages.size() - 1).instructions().add(instruction);
            }
        }
        return stages;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
