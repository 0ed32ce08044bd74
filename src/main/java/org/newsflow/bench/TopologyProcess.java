package org.newsflow.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.newsflow.enrich.Enricher;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotator;
import org.newsflow.route.Router;
import org.newsflow.streams.NewsTopology;
import org.newsflow.streams.PassThroughTopology;
import org.newsflow.streams.StreamsApp;
import org.newsflow.tag.BundledModel;
import org.newsflow.tag.Tagger;

/**
 * The topology under test, in a JVM of its own so that its heap and resident memory are measured
 * apart from the broker's and the producer's. Arguments: {@code baseline|pipeline} and a Streams
 * properties file. Talks to {@link TopologyChild} by lines on stdout ({@code RUNNING}, then a
 * {@code SAMPLE} four times a second (memory, waits, CPU by thread kind), then {@code MEMORY} after it stops) and stops at {@code stop} or the
 * end of stdin. Logs go to stderr.
 */
public final class TopologyProcess {

  static final String RUNNING = "RUNNING";
  static final String SAMPLE = "SAMPLE";
  static final String MEMORY = "MEMORY";
  static final String STOP = "stop";

  private TopologyProcess() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: TopologyProcess baseline|pipeline STREAMS_PROPERTIES");
      System.exit(2);
    }
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    MemoryMonitor memory = new MemoryMonitor();
    Properties config = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      config.load(reader);
    }
    Topology topology = switch (args[0]) {
      case "baseline" -> PassThroughTopology.build();
      case "pipeline" -> pipeline();
      default -> throw new IllegalArgumentException("mode must be baseline or pipeline, not " + args[0]);
    };
    var sampler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "memory-sampler");
      thread.setDaemon(true);
      return thread;
    });
    try (StreamsApp app = new StreamsApp(topology, config)) {
      app.start();
      long started = System.nanoTime();
      var announced = new java.util.concurrent.atomic.AtomicBoolean();
      sampler.scheduleAtFixedRate(() -> {
        if (!announced.get() && app.state() == KafkaStreams.State.RUNNING) {
          announced.set(true);
          out.println(RUNNING);
        }
      }, 0, 20, TimeUnit.MILLISECONDS);
      sampler.scheduleAtFixedRate(() -> memory.sample(), 100, 100, TimeUnit.MILLISECONDS);
      ThreadCpu.Reader threadCpu = new ThreadCpu.Reader();
      // Four a second, so that the benchmark's readings at the edges of a phase are at most 250 ms old.
      sampler.scheduleAtFixedRate(() -> {
        BlockedTime blocked = BlockedTime.of(app.metrics());
        out.println(String.join(" ", SAMPLE, String.valueOf((System.nanoTime() - started) / 1_000_000),
            String.valueOf(memory.sample()), String.valueOf(memory.heapAfterGc()), String.valueOf(MemoryMonitor.rss()),
            String.valueOf(blocked.blockedNanos()), String.valueOf(blocked.commitNanos()), threadCpu.read().encode()));
      }, 250, 250, TimeUnit.MILLISECONDS);
      var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        if (line.strip().equals(STOP)) {
          break;
        }
      }
      sampler.shutdownNow();
      out.println(String.join(" ", MEMORY, String.valueOf(memory.peakHeap()), String.valueOf(MemoryMonitor.peakRss()),
          String.valueOf(memory.heapAfterGc())));
      app.close(Duration.ofSeconds(30));
    }
    System.exit(0);
  }

  private static Topology pipeline() {
    Tagger tagger = BundledModel.standardTagger();
    Annotator annotator = new Annotator(new ArticleParser(), Enricher.bundled(), tagger);
    return NewsTopology.build(annotator, new Router(tagger.taxonomy(), tagger.taxonomy().threshold()));
  }
}
