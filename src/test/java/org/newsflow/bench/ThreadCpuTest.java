package org.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

  @Test
  void threadsAreKnownByTheirNames() {
    assertThat(ThreadCpu.kind("newsflow-bench-pipeline-1a2b-StreamThread-1")).isEqualTo(ThreadCpu.Kind.STREAM);
    // The producer's network thread is named after its stream thread: it must not count as one.
    assertThat(ThreadCpu.kind("kafka-producer-network-thread | newsflow-1a2b-StreamThread-1-producer"))
        .isEqualTo(ThreadCpu.Kind.PRODUCER);
    // JVM threads as /proc shows them, cut to 15 characters.
    assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo(ThreadCpu.Kind.COMPILER);
    assertThat(ThreadCpu.kind("C1 CompilerThre")).isEqualTo(ThreadCpu.Kind.COMPILER);
    assertThat(ThreadCpu.kind("GC Thread#1")).isEqualTo(ThreadCpu.Kind.GC);
    assertThat(ThreadCpu.kind("G1 Conc#0")).isEqualTo(ThreadCpu.Kind.GC);
    assertThat(ThreadCpu.kind("G1 Refine#0")).isEqualTo(ThreadCpu.Kind.GC);
    assertThat(ThreadCpu.kind("VM Thread")).isEqualTo(ThreadCpu.Kind.OTHER);
    assertThat(ThreadCpu.kind("memory-sampler")).isEqualTo(ThreadCpu.Kind.OTHER);
  }

  @Test
  void ticksAreReadAfterTheNameEvenWhenItHoldsSpacesAndParentheses() {
    String stat = "4242 (C2 CompilerThre) S 1 4242 1 0 -1 4194368 900 0 0 0 1234 56 0 0 20 0 30 0 100 0 0";
    assertThat(ThreadCpu.cpuTicks(stat)).containsExactly(1234, 56);
    String odd = "7 (a (b) c) R 1 7 1 0 -1 0 0 0 0 0 11 22 0 0 20 0 1 0 5 0 0";
    assertThat(ThreadCpu.cpuTicks(odd)).containsExactly(11, 22);
    assertThat(ThreadCpu.cpuTicks("no parentheses here")).isNull();
    assertThat(ThreadCpu.cpuTicks("7 (short) R 1 2")).isNull();
  }

  @Test
  void perArticleFiguresLeaveTheRestOfTheProcessAsOther() {
    ThreadCpu earlier = new ThreadCpu(1_000_000, 0, 5_000_000, 0);
    ThreadCpu later = new ThreadCpu(401_000_000, 30_000_000, 105_000_000, 20_000_000);
    Map<String, Object> ms = ThreadCpu.msPerArticle(earlier, later, 600_000_000, 1000);
    assertThat(ms).containsExactly(Map.entry("streamThreads", 0.4), Map.entry("producerNetwork", 0.03),
        Map.entry("jitCompiler", 0.1), Map.entry("garbageCollector", 0.02), Map.entry("other", 0.05));
  }

  @Test
  void anUnknownReadingGivesNoFigures() {
    ThreadCpu later = new ThreadCpu(10, 10, 10, 10);
    assertThat(ThreadCpu.msPerArticle(ThreadCpu.UNKNOWN, later, 100, 10)).isEmpty();
    assertThat(ThreadCpu.msPerArticle(new ThreadCpu(1, 1, -1, -1), later, 100, 10)).isEmpty();
    assertThat(ThreadCpu.msPerArticle(later, later, -1, 10)).isEmpty();
  }

  @Test
  void aCompilerThreadThatEndsKeepsTheTimeItUsed() {
    var vm = new ThreadCpu.VmThreads();
    var c1 = new ThreadCpu.VmThread(ThreadCpu.Kind.COMPILER, 300);
    var c2 = new ThreadCpu.VmThread(ThreadCpu.Kind.COMPILER, 1_000);
    var gc = new ThreadCpu.VmThread(ThreadCpu.Kind.GC, 50);
    assertThat(vm.totals(Map.of("11", c1, "12", c2, "20", gc)))
        .containsExactly(Map.entry(ThreadCpu.Kind.COMPILER, 1_300L), Map.entry(ThreadCpu.Kind.GC, 50L));
    // The JVM stops an idle compiler thread: its 1,000 stay counted; a new one adds its own.
    var c2later = new ThreadCpu.VmThread(ThreadCpu.Kind.COMPILER, 400);
    var fresh = new ThreadCpu.VmThread(ThreadCpu.Kind.COMPILER, 5);
    assertThat(vm.totals(Map.of("11", c2later, "13", fresh, "20", gc)))
        .containsExactly(Map.entry(ThreadCpu.Kind.COMPILER, 1_405L), Map.entry(ThreadCpu.Kind.GC, 50L));
    assertThat(vm.totals(Map.of("20", gc)))
        .containsExactly(Map.entry(ThreadCpu.Kind.COMPILER, 1_405L), Map.entry(ThreadCpu.Kind.GC, 50L));
  }

  @Test
  void thisJvmsReadingCountsTheCallingThreadsWorkNowhereButOther() {
    ThreadCpu reading = new ThreadCpu.Reader().read();
    // No stream or producer threads run in a unit test, so those sums are zero, not unknown.
    assertThat(reading.streamNanos()).isZero();
    assertThat(reading.producerNanos()).isZero();
    assertThat(ThreadCpu.decode(reading.encode().split(" "), 0)).isEqualTo(reading);
  }
}
