package io.contactsync.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.contactsync.deploy.RepositoryManifests.ROOT;
import static io.contactsync.deploy.RepositoryManifests.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The manifests under {@code k8s/} (and the kustomization at the root that adds the routes ConfigMap) against
 * the application they deploy: ports, probe paths, environment variables, route files, leader-election RBAC,
 * and the Camel K Integration against the Deployment.
 */
class ManifestTest {

    private static final Path BASE = ROOT.resolve("k8s/base");
    private static final Path ROUTES = ROOT.resolve("routes");
    private static final Path DEPLOY_DOC = ROOT.resolve("docs/deploy.md");
    private static final String CLUSTER_LABEL = "app";
    private static final String CLUSTER_LABEL_VALUE = "contact-sync";
    /** Read by the leader-election wiring (camel-kubernetes' cluster service), not through SyncMain. */
    private static final Set<String> LEADER_ELECTION_VARIABLES = Set.of("SYNC_CLUSTER", "HOSTNAME", "KUBERNETES_NAMESPACE");

    private final List<HasMetadata> base = RepositoryManifests.resourcesOf(BASE);
    private final Deployment deployment = only(base, Deployment.class);
    private final PodTemplateSpec pod = deployment.getSpec().getTemplate();
    private final Container container = pod.getSpec().getContainers().get(0);
    private final ApplicationSettings application = ApplicationSettings.load(ROOT.resolve("src/main/resources/application.properties"));

    @Test
    void everyManifestIsAKnownKubernetesKindWithNoUnknownField() throws IOException {
        assertThat(base).extracting(HasMetadata::getKind).containsExactlyInAnyOrder(
                "ServiceAccount", "Role", "RoleBinding", "Deployment", "Service", "PodDisruptionBudget");
        List<HasMetadata> all = Stream.concat(base.stream(), RepositoryManifests.read(secretTemplate()).stream()).toList();
        assertThat(all).flatExtracting(RepositoryManifests::unknownFields).isEmpty();
        try (Stream<Path> files = Files.list(BASE)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("kustomization.yaml")))
                    .as("every file in k8s/base is a resource of its kustomization")
                    .containsExactlyInAnyOrderElementsOf(RepositoryManifests.kustomization(BASE).resources());
        }
    }

    @Test
    void theRoutesConfigMapHoldsExactlyTheRouteFilesAndIsMountedAtTheRoutesFolder() throws IOException {
        RepositoryManifests.Kustomization root = RepositoryManifests.kustomization(ROOT);
        assertThat(root.resources()).containsExactly(ROOT.relativize(BASE).toString());
        assertThat(root.configMapGenerator()).hasSize(1);
        RepositoryManifests.ConfigMapGenerator routes = root.configMapGenerator().get(0);
        try (Stream<Path> files = Files.list(ROUTES)) {
            assertThat(routes.files()).map(ROOT::resolve).map(Path::normalize)
                    .containsExactlyInAnyOrderElementsOf(files.map(Path::normalize).toList());
        }
        String mountPath = container.getVolumeMounts().stream()
                .filter(mount -> pod.getSpec().getVolumes().stream().anyMatch(volume -> volume.getName().equals(mount.getName())
                        && volume.getConfigMap() != null && routes.name().equals(volume.getConfigMap().getName())))
                .map(mount -> mount.getMountPath()).findFirst().orElseThrow();
        assertThat(environment(container)).containsEntry("SYNC_ROUTES_DIR", mountPath);
    }

    @Test
    void probesCallTheManagementServersHealthChecks() {
        assumeTrue(application.camelFlag("camel.management.enabled") && application.camelFlag("camel.management.health-check-enabled"),
                "the application does not serve health checks yet (camel.management.*)");
        int managementPort = application.camelInt("camel.management.port");
        String health = application.managementPath("camel.management.health-path");

        assertThat(List.of(container.getStartupProbe().getHttpGet(), container.getLivenessProbe().getHttpGet()))
                .allSatisfy(probe -> assertThat(probe).isEqualTo(httpGet(health + "/live", managementPort)));
        assertThat(container.getReadinessProbe().getHttpGet()).isEqualTo(httpGet(health + "/ready", managementPort));
    }

    @Test
    void theContainerPortsAreTheServersPortsAndHawtioOnlineFindsJolokia() {
        assertThat(containerPort(container, "http")).isEqualTo(application.camelInt("camel.server.port"));
        assumeTrue(application.camelFlag("camel.management.enabled") && application.camelFlag("camel.management.jolokia-enabled"),
                "the application does not serve Jolokia yet (camel.management.*)");
        // Hawtio Online discovers pods by a container port named "jolokia" and reads the path from an annotation
        assertThat(containerPort(container, "jolokia")).isEqualTo(application.camelInt("camel.management.port"));
        assertThat(pod.getMetadata().getAnnotations())
                .containsEntry("hawt.io/jolokiaPath", application.managementPath("camel.management.jolokia-path") + "/")
                .containsEntry("hawt.io/protocol", "http");
        Service service = only(base, Service.class);
        assertThat(service.getSpec().getPorts()).allSatisfy(port -> assertThat(port.getPort())
                .isEqualTo(containerPort(container, port.getTargetPort().getStrVal())));
    }

    @Test
    void everyVariableTheApplicationReadsIsSetOrDocumentedAsOptional() throws IOException {
        Set<String> read = new TreeSet<>(ApplicationSettings.environmentVariablesRead());
        read.addAll(LEADER_ELECTION_VARIABLES);
        Set<String> optional = documentedOptionalVariables();

        assertThat(read).as("read by the application, neither set by the Deployment nor optional in docs/deploy.md")
                .allMatch(variable -> environment(container).containsKey(variable) || optional.contains(variable));
        assertThat(environment(container).keySet()).as("set by the Deployment, never read").isSubsetOf(read);
        assertThat(optional).as("documented, never read").isSubsetOf(read);
        assertThat(environment(container)).containsEntry("SYNC_CLUSTER", "kubernetes");
        assertThat(container.getEnv()).filteredOn(variable -> variable.getName().equals("SYNC_DB_URL"))
                .singleElement().extracting(variable -> variable.getValueFrom().getSecretKeyRef()).isNotNull();
        assertThat(secretKeys(secretTemplate()).get("SYNC_DB_URL")).startsWith("jdbc:postgresql:");
    }

    @Test
    void theSecretTemplateHoldsEveryRequiredKeyAndOnlyReferencedOnes() {
        List<SecretKeySelector> references = container.getEnv().stream().map(EnvVar::getValueFrom).filter(Objects::nonNull)
                .map(EnvVarSource::getSecretKeyRef).filter(Objects::nonNull).toList();
        Map<String, Boolean> referenced = references.stream()
                .collect(Collectors.toMap(SecretKeySelector::getKey, ref -> Boolean.TRUE.equals(ref.getOptional())));
        Secret template = only(RepositoryManifests.read(secretTemplate()), Secret.class);
        assertThat(references).isNotEmpty().extracting(SecretKeySelector::getName).containsOnly(template.getMetadata().getName());
        assertThat(template.getStringData().keySet())
                .containsAll(referenced.entrySet().stream().filter(ref -> !ref.getValue()).map(Map.Entry::getKey).toList())
                .isSubsetOf(referenced.keySet());
    }

    @Test
    void theServiceAccountMayHoldTheLeaseAndTheClusterLabelSelectsThePods() {
        ServiceAccount account = only(base, ServiceAccount.class);
        Role role = only(base, Role.class);
        RoleBinding binding = only(base, RoleBinding.class);
        assertThat(pod.getSpec().getServiceAccountName()).isEqualTo(account.getMetadata().getName());
        assertThat(binding.getRoleRef().getName()).isEqualTo(role.getMetadata().getName());
        assertThat(binding.getSubjects()).singleElement().satisfies(subject -> {
            assertThat(subject.getKind()).isEqualTo("ServiceAccount");
            assertThat(subject.getName()).isEqualTo(account.getMetadata().getName());
            assertThat(subject.getNamespace()).isEqualTo(RepositoryManifests.kustomization(ROOT).namespace());
        });
        assertThat(rule(role, "coordination.k8s.io", "leases").getVerbs())
                .containsExactlyInAnyOrder("get", "list", "watch", "create", "update", "patch", "delete");
        assertThat(rule(role, "", "pods").getVerbs()).containsExactlyInAnyOrder("get", "list", "watch");

        assertThat(pod.getMetadata().getLabels()).containsEntry(CLUSTER_LABEL, CLUSTER_LABEL_VALUE);
        assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of(CLUSTER_LABEL, CLUSTER_LABEL_VALUE));
        PodDisruptionBudget budget = only(base, PodDisruptionBudget.class);
        assertThat(budget.getSpec().getMinAvailable()).isEqualTo(new IntOrString(1));
        assertThat(budget.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of(CLUSTER_LABEL, CLUSTER_LABEL_VALUE));
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    }

    @Test
    void podsRunAsTheNonRootUserOfBothImages() throws IOException {
        long user = pod.getSpec().getSecurityContext().getRunAsUser();
        assertThat(pod.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(user).isPositive();
        assertThat(firstGroup("(?m)^USER (\\d+)", Files.readString(ROOT.resolve("Dockerfile")))).isEqualTo(String.valueOf(user));
        assertThat(firstGroup("<user>(\\d+)", Files.readString(ROOT.resolve("pom.xml")))).isEqualTo(String.valueOf(user));
    }

    @Test
    void theCamelKIntegrationRunsTheSameImageEnvironmentRoutesAndProbes() {
        GenericKubernetesResource integration = only(RepositoryManifests.read(ROOT.resolve("k8s/camel-k/integration.yaml")),
                GenericKubernetesResource.class);
        assertThat(integration.getApiVersion()).isEqualTo("camel.apache.org/v1");
        assertThat(integration.getKind()).isEqualTo("Integration");
        assertThat(integration.<String>get("spec", "traits", "container", "image")).isEqualTo(container.getImage());
        assertThat(integration.<String>get("spec", "serviceAccountName")).isEqualTo(pod.getSpec().getServiceAccountName());
        assertThat(integration.<Integer>get("spec", "replicas")).isEqualTo(deployment.getSpec().getReplicas());

        Container integrationContainer = RepositoryManifests.SERIALIZATION.convertValue(
                integration.<List<Object>>get("spec", "template", "spec", "containers").get(0), Container.class);
        assertThat(integrationContainer.getName()).isEqualTo("integration");
        assertThat(integrationContainer.getEnv()).isEqualTo(container.getEnv());

        assertThat(integration.<List<String>>get("spec", "traits", "mount", "resources"))
                .containsExactly("configmap:" + routesConfigMap() + "@" + environment(container).get("SYNC_ROUTES_DIR"));
        assertThat(integration.<List<String>>get("spec", "traits", "container", "ports"))
                .containsExactly("jolokia;" + containerPort(container, "jolokia"));
        assertThat(integration.<Integer>get("spec", "traits", "container", "port")).isEqualTo(containerPort(container, "http"));
        HTTPGetAction liveness = container.getLivenessProbe().getHttpGet();
        HTTPGetAction readiness = container.getReadinessProbe().getHttpGet();
        assertThat(integration.<Map<String, Object>>get("spec", "traits", "health")).containsAllEntriesOf(Map.of(
                "livenessProbe", liveness.getPath(), "livenessPort", liveness.getPort().getIntVal(),
                "readinessProbe", readiness.getPath(), "readinessPort", readiness.getPort().getIntVal()));

        // the owner trait carries the cluster label and Hawtio's annotations from the Integration onto its pods
        assertThat(integration.getMetadata().getLabels()).containsEntry(CLUSTER_LABEL, CLUSTER_LABEL_VALUE);
        assertThat(integration.getMetadata().getAnnotations()).isEqualTo(Map.of(
                "hawt.io/protocol", pod.getMetadata().getAnnotations().get("hawt.io/protocol"),
                "hawt.io/jolokiaPath", pod.getMetadata().getAnnotations().get("hawt.io/jolokiaPath")));
        assertThat(integration.<List<String>>get("spec", "traits", "owner", "targetLabels")).containsExactly(CLUSTER_LABEL);
        assertThat(integration.<List<String>>get("spec", "traits", "owner", "targetAnnotations"))
                .containsExactlyInAnyOrderElementsOf(integration.getMetadata().getAnnotations().keySet());
    }

    private static Path secretTemplate() {
        return ROOT.resolve("k8s/secret.template.yaml");
    }

    private static String routesConfigMap() {
        return RepositoryManifests.kustomization(ROOT).configMapGenerator().get(0).name();
    }

    /** Each variable with its literal value, or the source it comes from when it has none. */
    private static Map<String, String> environment(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName,
                variable -> variable.getValue() != null ? variable.getValue() : variable.getValueFrom().toString()));
    }

    private static Map<String, String> secretKeys(Path template) {
        return only(RepositoryManifests.read(template), Secret.class).getStringData();
    }

    private static int containerPort(Container container, String name) {
        return container.getPorts().stream().filter(port -> name.equals(port.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("No container port named " + name));
    }

    private static HTTPGetAction httpGet(String path, int port) {
        HTTPGetAction action = new HTTPGetAction();
        action.setPath(path);
        action.setPort(new IntOrString(port));
        return action;
    }

    private static PolicyRule rule(Role role, String apiGroup, String resource) {
        return role.getRules().stream()
                .filter(rule -> rule.getApiGroups().contains(apiGroup) && rule.getResources().contains(resource))
                .findFirst().orElseThrow(() -> new AssertionError("No rule for " + resource + " in '" + apiGroup + "'"));
    }

    /** The variables named in docs/deploy.md's "Optional environment variables" section. */
    private static Set<String> documentedOptionalVariables() throws IOException {
        String doc = Files.readString(DEPLOY_DOC);
        Matcher section = Pattern.compile("(?ms)^#+ Optional environment variables$(.*?)(?=^#)").matcher(doc);
        assertThat(section.find()).as("docs/deploy.md has an 'Optional environment variables' section").isTrue();
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(section.group(1));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    private static String firstGroup(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
