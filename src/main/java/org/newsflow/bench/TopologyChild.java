package org.newsflow.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A {@link TopologyProcess} started and watched from the benchmark. */
final class TopologyChild implements AutoCloseable {

  /**
   * One line of the child's report: memory in bytes, -1 when unknown, the time its threads waited on
   * Kafka, and the CPU time its threads have used by kind.
   */
  record Sample(long elapsedMillis, long heapUsed, long heapAfterGc, long rss, BlockedTime blocked, ThreadCpu threads) {}

  /** What the child reported when it stopped; bytes, -1 when unknown. */
  record Memory(long peakHeap, long peakRss, long heapAfterGc) {}

  private final Process process;
  private final Path log;
  private final Writer stdin;
  private final CountDownLatch running = new CountDownLatch(1);
  private final CountDownLatch reported = new CountDownLatch(1);
  private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
  private volatile long runningAt;
  private volatile Memory memory;

  private TopologyChild(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::read, "topology-child-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static TopologyChild start(String mode, Properties streamsConfig, Path workDir, String heap, List<String> jvmOptions)
      throws IOException {
    Path config = workDir.resolve(mode + ".properties");
    try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
      streamsConfig.store(writer, "newsflow bench: " + mode);
    }
    Path log = workDir.resolve(mode + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms" + heap, "-Xmx" + heap));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), TopologyProcess.class.getName(), mode,
        config.toString()));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    return new TopologyChild(process, log);
  }

  private void read() {
    try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        String[] parts = line.strip().split(" ");
        switch (parts[0]) {
          case TopologyProcess.RUNNING -> {
            runningAt = System.nanoTime();
            running.countDown();
          }
          case TopologyProcess.SAMPLE -> samples.add(new Sample(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
              Long.parseLong(parts[3]), Long.parseLong(parts[4]),
              new BlockedTime(Long.parseLong(parts[5]), Long.parseLong(parts[6])), ThreadCpu.decode(parts, 7)));
          case TopologyProcess.MEMORY -> {
            memory = new Memory(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
            reported.countDown();
          }
          default -> { }
        }
      }
    } catch (IOException | RuntimeException e) {
      // The child is gone; waiting callers see it through isAlive().
    } finally {
      running.countDown();
      reported.countDown();
    }
  }

  /** Waits until the Streams client is RUNNING; returns {@link System#nanoTime()} at that moment. */
  long awaitRunning(long timeoutSeconds) throws IOException, InterruptedException {
    if (!running.await(timeoutSeconds, TimeUnit.SECONDS) || runningAt == 0) {
      throw new IOException("the topology did not start within " + timeoutSeconds + " s; see " + log + ":\n" + tail());
    }
    return runningAt;
  }

  /** CPU time the child has used so far, in nanoseconds (-1 where the platform does not tell). */
  long cpuNanos() {
    return Benchmark.cpuNanos(process.toHandle());
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits a little, returning early if the child exits. */
  void pause(long millis) throws InterruptedException {
    process.waitFor(millis, TimeUnit.MILLISECONDS);
  }

  /** What the latest report said the child's threads had waited on Kafka so far. */
  BlockedTime blocked() {
    synchronized (samples) {
      return samples.isEmpty() ? BlockedTime.UNKNOWN : samples.get(samples.size() - 1).blocked();
    }
  }

  /** What the latest report said the child's threads had used of the CPU so far, by kind. */
  ThreadCpu threadCpu() {
    synchronized (samples) {
      return samples.isEmpty() ? ThreadCpu.UNKNOWN : samples.get(samples.size() - 1).threads();
    }
  }

  List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  Path log() {
    return log;
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ")";
    }
  }

  /** Asks the child to stop and returns its memory report (null if it died without one). */
  Memory stop() throws InterruptedException {
    try {
      stdin.write(TopologyProcess.STOP + "\n");
      stdin.flush();
    } catch (IOException gone) {
      // Already exited.
    }
    reported.await(60, TimeUnit.SECONDS);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    return memory;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
