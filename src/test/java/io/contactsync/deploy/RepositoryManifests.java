package io.contactsync.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The repository's Kubernetes manifests, read with the fabric8 Kubernetes model (kustomize is not needed). */
final class RepositoryManifests {

    /** Maven runs the tests in the project's folder. */
    static final Path ROOT = Path.of(System.getProperty("user.dir"));

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    record Kustomization(String namespace, List<String> resources, List<ConfigMapGenerator> configMapGenerator) {
        Kustomization {
            resources = resources == null ? List.of() : resources;
            configMapGenerator = configMapGenerator == null ? List.of() : configMapGenerator;
        }
    }

    record ConfigMapGenerator(String name, List<String> files) {
    }

    private RepositoryManifests() {
    }

    static Kustomization kustomization(Path folder) {
        try {
            return YAML.readValue(folder.resolve("kustomization.yaml").toFile(), Kustomization.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource a kustomization includes, following the folders it names as resources. */
    static List<HasMetadata> resourcesOf(Path folder) {
        List<HasMetadata> resources = new ArrayList<>();
        for (String entry : kustomization(folder).resources()) {
            Path resource = folder.resolve(entry).normalize();
            resources.addAll(Files.isDirectory(resource) ? resourcesOf(resource) : read(resource));
        }
        return resources;
    }

    /** Each YAML document of the file as its Kubernetes model class (a custom resource stays generic). */
    static List<HasMetadata> read(Path file) {
        List<HasMetadata> resources = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (documents.hasNext()) {
                resources.add(SERIALIZATION.unmarshal(JSON.writeValueAsString(documents.next())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resources;
    }

    static <T extends HasMetadata> T only(List<HasMetadata> resources, Class<T> type) {
        List<T> matching = resources.stream().filter(type::isInstance).map(type::cast).toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + ", found " + matching.size());
        }
        return matching.get(0);
    }

    /**
     * Fields the model does not know (the model keeps them aside, the API server would refuse them), as
     * {@code path: names}; a misspelt field would otherwise pass unnoticed.
     */
    static List<String> unknownFields(HasMetadata resource) {
        List<String> unknown = new ArrayList<>();
        collectUnknown(resource, resource.getKind(), unknown);
        return unknown;
    }

    private static void collectUnknown(Object node, String path, List<String> unknown) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collectUnknown(value, path + "." + key, unknown));
        } else if (node instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + index++ + "]", unknown);
            }
        } else if (node != null && node.getClass().getName().startsWith(MODEL_PACKAGE)) {
            for (Method getter : node.getClass().getMethods()) {
                if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")
                        && getter.getDeclaringClass().getName().startsWith(MODEL_PACKAGE)) {
                    Object value = invoke(getter, node);
                    if (getter.getName().equals("getAdditionalProperties")) {
                        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                            unknown.add(path + ": " + extra.keySet());
                        }
                    } else {
                        collectUnknown(value, path + "." + getter.getName().substring(3), unknown);
                    }
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + getter, e);
        }
    }
}
