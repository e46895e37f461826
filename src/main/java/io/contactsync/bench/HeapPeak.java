package io.contactsync.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of this JVM during one workload: the sum of every heap pool's peak since {@link #start()}.
 * The pools peak at different moments, so the sum is an upper bound of the true peak.
 */
final class HeapPeak {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private HeapPeak() {
    }

    /** Collects what earlier workloads left behind and starts counting from here. */
    @SuppressWarnings("java:S1215")
    static void start() {
        System.gc();
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakBytes() {
        return HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
