package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.camel.model.Model;
import org.apache.camel.model.ProcessorDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route file in {@code routes/}, read as YAML: each step names itself (Hawtio's diagrams, JMX and the
 * metrics show that id), and each bean method a step calls exists on the class of the bean it names, as the
 * real sync registers it; and the README's route table lists every file with its route ids.
 */
class RouteFilesScenarioTest {

    /** Maven runs the tests in the project's folder. */
    private static final Path ROUTES = Path.of(System.getProperty("user.dir"), "routes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /**
     * The keys whose value is a list of steps, each an object with one field: the kind of step (a route
     * configuration's error handlers and interceptors are woven into each route that names it).
     */
    private static final Set<String> STEP_LISTS = Set.of("steps", "onException", "interceptFrom");
    /** The keys whose value is a list of branches, each an object that is itself the step. */
    private static final Set<String> BRANCH_LISTS = Set.of("when", "doCatch");
    /** The keys whose value is one branch. */
    private static final Set<String> BRANCHES = Set.of("otherwise", "doFinally");

    @TempDir
    static Path data;
    static SyncHarness sync;

    /** The real sync, started by the first test that needs its beans or its started routes. */
    private static SyncHarness sync() {
        if (sync == null) {
            sync = new SyncHarness(data);
        }
        return sync;
    }

    @AfterAll
    static void stop() {
        if (sync != null) {
            sync.close();
        }
    }

    @Test
    void everyStepOfEveryRouteFileHasAnId() throws IOException {
        List<String> unnamed = new ArrayList<>();
        for (Path file : routeFiles()) {
            walk(YAML.readTree(file.toFile()), "", file.getFileName() + ":", unnamed, new ArrayList<>());
        }
        assertThat(unnamed).as("steps without an id").isEmpty();
    }

    @Test
    void everyBeanMethodNamedInARouteExistsOnItsBean() throws IOException {
        List<BeanCall> calls = new ArrayList<>();
        for (Path file : routeFiles()) {
            walk(YAML.readTree(file.toFile()), "", file.getFileName() + ":", new ArrayList<>(), calls);
        }
        assertThat(calls).as("bean calls found").isNotEmpty();
        List<BeanCall> missing = calls.stream().filter(call -> !call.exists()).toList();
        assertThat(missing).as("bean methods that do not exist on their bean's class").isEmpty();
    }

    @Test
    void theStartedRoutesCarryTheIdsOfTheirFiles() {
        List<String> generated = new ArrayList<>();
        sync().context().getCamelContextExtension().getContextPlugin(Model.class).getRouteDefinitions().stream()
                // the REST services' routes are generated from their verbs, which name only the route
                .filter(route -> !route.getInput().getEndpointUri().startsWith("rest:"))
                .forEach(route -> collectGenerated(route.getOutputs(), route.getRouteId(), generated));
        assertThat(generated).as("steps named by Camel, not by their route file").isEmpty();
    }

    private static void collectGenerated(List<ProcessorDefinition<?>> steps, String path, List<String> generated) {
        for (ProcessorDefinition<?> step : steps) {
            if (!step.hasCustomIdAssigned()) {
                generated.add(path + " " + step.getShortName());
            }
            collectGenerated(step.getOutputs(), path + " " + step.getId(), generated);
        }
    }

    @Test
    void theReadmesRouteTableListsEveryRouteFileWithItsRouteIds() throws IOException {
        Map<String, Set<String>> listed = new TreeMap<>();
        Matcher row = Pattern.compile("^\\| `([^`]+\\.camel\\.yaml)` \\| ([^|]*) \\|", Pattern.MULTILINE)
                .matcher(Files.readString(ROUTES.resolveSibling("README.md")));
        while (row.find()) {
            listed.put(row.group(1), Set.copyOf(Arrays.asList(row.group(2).replace("`", "").split(",\\s*"))));
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Path file : routeFiles()) {
            Set<String> ids = new TreeSet<>();
            YAML.readTree(file.toFile()).forEach(entry -> {
                if (entry.has("route")) {
                    ids.add(entry.path("route").path("id").asText());
                }
            });
            actual.put(file.getFileName().toString(), ids);
        }
        assertThat(listed).isEqualTo(actual);
    }

    private static List<Path> routeFiles() throws IOException {
        try (Stream<Path> files = Files.list(ROUTES)) {
            List<Path> routeFiles = files.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).sorted().toList();
            assertThat(routeFiles).isNotEmpty();
            return routeFiles;
        }
    }

    /** A step's call of a bean method: the bean by registry name ({@code ref}) or by class ({@code beanType}). */
    record BeanCall(String where, String ref, String beanType, String method) {

        boolean exists() {
            String name = method.contains("(") ? method.substring(0, method.indexOf('(')).trim() : method.trim();
            Class<?> type = beanClass();
            return type != null && Arrays.stream(type.getMethods())
                    .anyMatch(m -> m.getName().equals(name) && m.getDeclaringClass() != Object.class);
        }

        private Class<?> beanClass() {
            if (ref == null) {
                try {
                    return Class.forName(beanType);
                } catch (ClassNotFoundException e) {
                    return null;
                }
            }
            Object bean = sync().context().getRegistry().lookupByName(ref);
            return bean == null ? null : bean.getClass();
        }
    }

    /** Collects the steps without an id (by file, route and step kinds) and the bean calls under a node. */
    private static void walk(JsonNode node, String key, String path, List<String> unnamed, List<BeanCall> calls) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (STEP_LISTS.contains(key)) {
                    Map.Entry<String, JsonNode> step = element.fields().next();
                    requireId(step.getValue(), path + " " + step.getKey(), unnamed);
                    walk(step.getValue(), step.getKey(), path + " " + step.getKey(), unnamed, calls);
                } else {
                    if (BRANCH_LISTS.contains(key)) {
                        requireId(element, path, unnamed);
                    }
                    walk(element, key, path, unnamed, calls);
                }
            }
        } else if (node.isObject()) {
            if (BRANCHES.contains(key)) {
                requireId(node, path, unnamed);
            }
            JsonNode method = node.get("method");
            if (method != null && method.isTextual() && (node.has("ref") || node.has("beanType"))) {
                calls.add(new BeanCall(path, node.path("ref").textValue(), node.path("beanType").textValue(),
                        method.asText()));
            }
            node.fields().forEachRemaining(field -> walk(field.getValue(), field.getKey(),
                    field.getKey().equals("route") || field.getKey().equals("routeConfiguration")
                            ? path + " " + field.getValue().path("id").asText() : path, unnamed, calls));
        }
    }

    private static void requireId(JsonNode step, String path, List<String> unnamed) {
        if (!step.isObject() || !step.hasNonNull("id") || step.get("id").asText().isBlank()) {
            unnamed.add(path);
        }
    }
}
