package org.newsflow.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsflow.model.Json;

/** The benchmark's figures as a table for people and as JSON for machines. */
public final class BenchReport {

  private BenchReport() {}

  public static void writeJson(Map<String, Map<String, Object>> figures, Path file) throws IOException {
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), figures);
  }

  public static void printTable(Map<String, Map<String, Object>> figures, PrintWriter out) {
    Map<String, Object> machine = figures.getOrDefault("machine", Map.of());
    Map<String, Object> settings = figures.getOrDefault("settings", Map.of());
    out.printf("%nMachine: %s cores, %s, %s MB RAM, load average %s at the start; topology JVM -Xmx%s%n",
        machine.get("cores"), machine.get("jvm"), machine.get("memoryMb"), number(machine.get("loadAverage"), "%.2f"),
        settings.get("topologyHeap"));
    out.printf("Input: %s; guarantee %s, commit interval %s ms, %s partitions%n",
        figures.getOrDefault("input", Map.of()).get("source"), settings.get("guarantee"), settings.get("commitIntervalMs"),
        settings.get("partitions"));
    out.println();
    out.printf("%-10s %-72s%n", "PHASE", "RESULT");
    row(out, figures, "publish", p -> String.format(Locale.ROOT, "%s articles/s, %s MB/s (%s articles)",
        number(p.get("articlesPerSec"), "%,.0f"), number(p.get("mbPerSec"), "%.1f"), number(p.get("articles"), "%,d")));
    row(out, figures, "baseline", p -> String.format(Locale.ROOT,
        "%s articles/s (pass-through: read, parse JSON, write); %s ms CPU per article in its JVM, %s in the broker",
        number(p.get("articlesPerSec"), "%,.0f"), number(p.get("topologyCpuMsPerArticle"), "%.3f"),
        number(p.get("brokerCpuMsPerArticle"), "%.3f")));
    row(out, figures, "baseline", p -> secondHalf(p, ""));
    row(out, figures, "baseline", BenchReport::byThread);
    row(out, figures, "pipeline", p -> String.format(Locale.ROOT,
        "%s articles/s = %s x baseline; %s ms CPU per article in its JVM, %s in the broker (CPU ratio %s)",
        number(p.get("articlesPerSec"), "%,.0f"), number(p.get("ratioToBaseline"), "%.2f"),
        number(p.get("topologyCpuMsPerArticle"), "%.3f"), number(p.get("brokerCpuMsPerArticle"), "%.3f"),
        number(p.get("cpuRatioToBaseline"), "%.2f")));
    row(out, figures, "pipeline", p -> secondHalf(p, String.format(Locale.ROOT, " = %s x baseline's",
        number(p.get("secondHalfRatioToBaseline"), "%.2f"))));
    row(out, figures, "pipeline", BenchReport::byThread);
    row(out, figures, "repeats", p -> String.format(Locale.ROOT,
        "%s articles/s published again and dropped as repeats; %s ms CPU per article in the topology JVM",
        number(p.get("articlesPerSec"), "%,.0f"), number(p.get("topologyCpuMsPerArticle"), "%.3f")));
    row(out, figures, "latency", p -> String.format(Locale.ROOT,
        "p50 %s ms, p95 %s ms, p99 %s ms, max %s ms at %s articles/s for %s s (%s of %s arrived)",
        p.get("p50Ms"), p.get("p95Ms"), p.get("p99Ms"), p.get("maxMs"), number(p.get("offeredPerSec"), "%,.0f"),
        p.get("seconds"), p.get("arrived"), p.get("sent")));
    row(out, figures, "annotate", p -> String.format(Locale.ROOT,
        "%s articles/s, %s MB/s (one thread, no Kafka); %s articles per CPU-second",
        number(p.get("articlesPerSec"), "%,.0f"), number(p.get("mbPerSec"), "%.2f"), number(p.get("articlesPerCpuSec"), "%,.0f")));
    row(out, figures, "memory", p -> String.format(Locale.ROOT,
        "topology JVM: peak heap %s MB, peak RSS %s MB; heap after GC %s MB early, %s MB late",
        number(p.get("peakHeapMb"), "%.0f"), number(p.get("peakRssMb"), "%.0f"), number(p.get("heapAfterGcEarlyMb"), "%.0f"),
        number(p.get("heapAfterGcLateMb"), "%.0f")));
    Object rows = figures.getOrDefault("lengthScaling", Map.of()).get("rows");
    if (rows instanceof List<?> list) {
      for (Object item : list) {
        Map<?, ?> r = (Map<?, ?>) item;
        out.printf("%-10s %s%n", "length", String.format(Locale.ROOT, "%2dx median: %s us CPU per article, %sx the time of 1x",
            (Integer) r.get("lengthMultiple"), number(r.get("microsPerArticle"), "%,.0f"), number(r.get("timeMultiple"), "%.1f")));
      }
    }
    out.flush();
  }

  /** The second half of a throughput phase, after the JIT compiler's warm-up; blank when not measured. */
  private static String secondHalf(Map<String, Object> section, String ratio) {
    Map<String, Object> steady = Benchmark.secondHalf(section);
    if (steady.isEmpty()) {
      return null;
    }
    return String.format(Locale.ROOT, "  second half: %s articles/s%s; %s ms CPU per article in its JVM, %s in the broker;"
            + " stream threads waited on Kafka %s ms per article, %s of it committing",
        number(steady.get("articlesPerSec"), "%,.0f"), ratio, number(steady.get("topologyCpuMsPerArticle"), "%.3f"),
        number(steady.get("brokerCpuMsPerArticle"), "%.3f"), number(steady.get("streamThreadBlockedMsPerArticle"), "%.3f"),
        number(steady.get("commitWaitMsPerArticle"), "%.3f"));
  }

  /** The second half's JVM CPU by kind of thread, where it was measured. */
  @SuppressWarnings("unchecked")
  private static String byThread(Map<String, Object> section) {
    if (!(Benchmark.secondHalf(section).get("topologyCpuMsPerArticleByThread") instanceof Map<?, ?> kinds)) {
      return null;
    }
    Map<String, Object> ms = (Map<String, Object>) kinds;
    return String.format(Locale.ROOT, "  its JVM's CPU per article by thread, ms: stream threads %s, producer network %s,"
            + " JIT compiler %s, garbage collector %s, other %s",
        number(ms.get("streamThreads"), "%.3f"), number(ms.get("producerNetwork"), "%.3f"),
        number(ms.get("jitCompiler"), "%.3f"), number(ms.get("garbageCollector"), "%.3f"), number(ms.get("other"), "%.3f"));
  }

  private static void row(PrintWriter out, Map<String, Map<String, Object>> figures, String phase,
      java.util.function.Function<Map<String, Object>, String> text) {
    Map<String, Object> section = figures.get(phase);
    String line = section == null || section.isEmpty() ? null : text.apply(section);
    if (line != null) {
      out.printf("%-10s %s%n", phase, line);
    }
  }

  private static String number(Object value, String format) {
    return value instanceof Number ? String.format(Locale.ROOT, format, value) : "n/a";
  }
}
