package io.contactsync.config;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster service behind the {@code master:} endpoint of the cycle trigger, so that of several replicas
 * only one runs the schedule: a lock file (replicas on one machine or a shared volume; also the standalone
 * default, where the one process simply leads) or a Kubernetes Lease.
 */
public final class ClusterServices {

    public static final String FILE = "file";
    public static final String KUBERNETES = "kubernetes";

    private ClusterServices() {
    }

    /**
     * @param kind        {@code file} or {@code kubernetes}
     * @param fileRoot    the folder holding the lock file ({@code file})
     * @param namespace   the Kubernetes namespace of the Lease, or null for the pod's own ({@code kubernetes})
     * @param leaseMillis how long a leader's lease lasts without renewal: the time a standby waits after the
     *                    leader died ({@code kubernetes})
     */
    public static CamelClusterService create(String kind, String fileRoot, String namespace, long leaseMillis) {
        switch (kind.trim().toLowerCase(Locale.ROOT)) {
            case FILE -> {
                FileLockClusterService service = new FileLockClusterService();
                service.setId("contact-sync-file-cluster");
                service.setRoot(fileRoot);
                service.setAcquireLockDelay(1, TimeUnit.SECONDS);
                service.setAcquireLockInterval(2, TimeUnit.SECONDS);
                return service;
            }
            case KUBERNETES -> {
                KubernetesClusterService service = new KubernetesClusterService();
                service.setId("contact-sync-kubernetes-cluster");
                service.setClusterLabels(Map.of("app", "contact-sync"));
                service.setKubernetesResourceName("contact-sync-leader");
                if (namespace != null && !namespace.isBlank()) {
                    service.setKubernetesNamespace(namespace);
                }
                service.setLeaseDurationMillis(leaseMillis);
                service.setRenewDeadlineMillis(leaseMillis * 2 / 3);
                service.setRetryPeriodMillis(Math.max(1000, leaseMillis / 7));
                return service;
            }
            default -> throw new IllegalArgumentException("SYNC_CLUSTER must be 'file' or 'kubernetes', not '" + kind + "'");
        }
    }
}
