package org.newsflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time a JVM's threads have used so far, in nanoseconds, by what they do: the stream threads
 * (processing, the annotation included), the producers' network threads, the JIT compiler and the
 * garbage collector. What is left of the process's CPU time (the consumers' heartbeat threads, the VM
 * thread's safepoints, the samplers) is the rest. -1 where a figure cannot be read.
 */
record ThreadCpu(long streamNanos, long producerNanos, long compilerNanos, long gcNanos) {

  static final ThreadCpu UNKNOWN = new ThreadCpu(-1, -1, -1, -1);

  enum Kind { STREAM, PRODUCER, COMPILER, GC, OTHER }

  /** Linux's clock tick for /proc times (USER_HZ), fixed at 100 on the platforms Java runs on. */
  private static final long NANOS_PER_TICK = 10_000_000L;
  private static final Path TASKS = Path.of("/proc/self/task");

  /**
   * What a thread does, from its name: a Java thread's full name, or a JVM thread's name as Linux
   * shows it (cut to 15 characters, e.g. {@code C2 CompilerThre}).
   */
  static Kind kind(String name) {
    if (name.startsWith("kafka-producer-network-thread")) {
      return Kind.PRODUCER;
    }
    if (name.contains("-StreamThread-")) {
      return Kind.STREAM;
    }
    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
      return Kind.COMPILER;
    }
    // G1's workers, concurrent markers, refinement and service threads; Parallel's and the others' workers.
    if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("GC ")) {
      return Kind.GC;
    }
    return Kind.OTHER;
  }

  /**
   * Reads a JVM's figures over and over: its Java threads through the thread MX bean (full names,
   * nanoseconds), the compiler and collector threads, which that bean does not list, from /proc
   * (Linux only). Compiler threads come and go as the JVM sees fit, and a thread that has ended no
   * longer shows its time; the reader keeps what each had used when last seen, so that the totals
   * never fall. One reader per JVM, used by one thread at a time.
   */
  static final class Reader {

    private final VmThreads vm = new VmThreads();

    ThreadCpu read() {
      var threads = ManagementFactory.getThreadMXBean();
      if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
        return UNKNOWN;
      }
      Map<Kind, Long> nanos = new EnumMap<>(Kind.class);
      for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info != null) {
          long cpu = threads.getThreadCpuTime(info.getThreadId());
          if (cpu > 0) {
            nanos.merge(kind(info.getThreadName()), cpu, Long::sum);
          }
        }
      }
      Map<String, VmThread> now = vmThreads();
      if (now == null) {
        return new ThreadCpu(nanos.getOrDefault(Kind.STREAM, 0L), nanos.getOrDefault(Kind.PRODUCER, 0L), -1, -1);
      }
      Map<Kind, Long> vmNanos = vm.totals(now);
      return new ThreadCpu(nanos.getOrDefault(Kind.STREAM, 0L), nanos.getOrDefault(Kind.PRODUCER, 0L),
          vmNanos.getOrDefault(Kind.COMPILER, 0L), vmNanos.getOrDefault(Kind.GC, 0L));
    }
  }

  /** A compiler or collector thread as /proc shows it: its kind and the CPU time it has used. */
  record VmThread(Kind kind, long nanos) {}

  /**
   * Totals by kind of the compiler and collector threads seen so far: those running now, and those
   * that have ended, at what they had used when last seen.
   */
  static final class VmThreads {

    private final Map<String, VmThread> lastSeen = new HashMap<>();
    private final Map<Kind, Long> ended = new EnumMap<>(Kind.class);

    /** {@code now}: the threads running, by thread id. */
    Map<Kind, Long> totals(Map<String, VmThread> now) {
      for (var previous : lastSeen.entrySet()) {
        if (!now.containsKey(previous.getKey())) {
          ended.merge(previous.getValue().kind(), previous.getValue().nanos(), Long::sum);
        }
      }
      lastSeen.clear();
      lastSeen.putAll(now);
      Map<Kind, Long> totals = new EnumMap<>(ended);
      for (VmThread thread : now.values()) {
        totals.merge(thread.kind(), thread.nanos(), Long::sum);
      }
      return totals;
    }
  }

  /** The compiler's and collector's threads from /proc/self/task, by thread id; null where there is no such thing. */
  private static Map<String, VmThread> vmThreads() {
    if (!Files.isDirectory(TASKS)) {
      return null;
    }
    Map<String, VmThread> threads = new HashMap<>();
    try (var tasks = Files.list(TASKS)) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
        } catch (IOException ended) {
          continue;
        }
        long[] ticks = cpuTicks(stat);
        if (ticks != null) {
          Kind kind = kind(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
          if (kind == Kind.COMPILER || kind == Kind.GC) {
            threads.put(task.getFileName().toString(), new VmThread(kind, (ticks[0] + ticks[1]) * NANOS_PER_TICK));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return threads;
  }

  /**
   * User and system ticks from a /proc stat line: fields 14 and 15, counted after the name in
   * parentheses (which may itself hold spaces and parentheses); null if the line is not one.
   */
  static long[] cpuTicks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0 || stat.indexOf('(') < 0 || close + 2 > stat.length()) {
      return null;
    }
    String[] fields = stat.substring(close + 2).strip().split(" ");
    // fields[0] is field 3 (the state), so field 14 is fields[11].
    if (fields.length < 13) {
      return null;
    }
    try {
      return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** For the child's report line. */
  String encode() {
    return streamNanos + " " + producerNanos + " " + compilerNanos + " " + gcNanos;
  }

  static ThreadCpu decode(String[] parts, int from) {
    return new ThreadCpu(Long.parseLong(parts[from]), Long.parseLong(parts[from + 1]), Long.parseLong(parts[from + 2]),
        Long.parseLong(parts[from + 3]));
  }

  /**
   * Milliseconds per article from {@code earlier} to {@code later}, by kind, with the rest of
   * {@code processNanos} (the whole JVM's CPU time over the same span) as {@code other}; empty where
   * a figure is unknown.
   */
  static Map<String, Object> msPerArticle(ThreadCpu earlier, ThreadCpu later, long processNanos, long articles) {
    long[] from = earlier.values();
    long[] to = later.values();
    Map<String, Object> perArticle = new LinkedHashMap<>();
    if (articles <= 0 || processNanos < 0) {
      return perArticle;
    }
    String[] names = {"streamThreads", "producerNetwork", "jitCompiler", "garbageCollector"};
    long known = 0;
    for (int i = 0; i < names.length; i++) {
      if (from[i] < 0 || to[i] < 0) {
        return Map.of();
      }
      known += to[i] - from[i];
      perArticle.put(names[i], (to[i] - from[i]) / 1e6 / articles);
    }
    perArticle.put("other", Math.max(0, processNanos - known) / 1e6 / articles);
    return perArticle;
  }

  private long[] values() {
    return new long[] {streamNanos, producerNanos, compilerNanos, gcNanos};
  }
}
