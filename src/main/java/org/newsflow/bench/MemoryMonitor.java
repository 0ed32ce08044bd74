package org.newsflow.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * This JVM's heap and resident memory: the peak heap in use (read just before each collection,
 * which is when it is highest, and between them by sampling), the heap still in use after the
 * latest collection (what the application really holds), and the resident set size from
 * {@code /proc/self/status} (Linux; -1 elsewhere).
 */
final class MemoryMonitor {

  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicLong afterGc = new AtomicLong(-1);

  MemoryMonitor() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
            peakHeap.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
            afterGc.set(heapUsed(info.getMemoryUsageAfterGc()));
          }
        }, null, null);
      }
    }
  }

  private long heapUsed(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (var entry : pools.entrySet()) {
      if (heapPools.contains(entry.getKey())) {
        used += entry.getValue().getUsed();
      }
    }
    return used;
  }

  /** Samples the heap now; returns the bytes in use. */
  long sample() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peakHeap.accumulateAndGet(used, Math::max);
    return used;
  }

  long peakHeap() {
    sample();
    return peakHeap.get();
  }

  /** Heap in use after the latest collection, or -1 before the first. */
  long heapAfterGc() {
    return afterGc.get();
  }

  static long rss() {
    return procStatus("VmRSS:");
  }

  static long peakRss() {
    return procStatus("VmHWM:");
  }

  /** A {@code kB} figure from /proc/self/status, in bytes; -1 where there is none. */
  private static long procStatus(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // Reported as unknown.
    }
    return -1;
  }
}
