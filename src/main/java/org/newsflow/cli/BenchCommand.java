package org.newsflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import org.newsflow.bench.BenchReport;
import org.newsflow.bench.Benchmark;
import org.newsflow.broker.EmbeddedBroker;
import org.newsflow.config.Settings;
import org.newsflow.kafka.Topics;
import org.newsflow.tag.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure newsflow in one run on the same input: publish rate, a pass-through topology's rate "
        + "(the ceiling), the real topology's rate and its ratio to the ceiling, repeats dropped, latency at a fixed "
        + "rate, annotation alone, cost by article length, and the topology JVM's memory.",
        "Without --bootstrap-server a broker is started; with one, use a scratch cluster: the benchmark writes to "
        + "news.raw and the output topics."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = {"-n", "--articles"}, paramLabel = "N", defaultValue = "100000",
      description = "Articles to publish and process (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "1000",
      description = "Offered rate of the latency phase, articles/s (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "30",
      description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
  int duration;

  @Option(names = "--guarantee", paramLabel = "GUARANTEE", defaultValue = StreamsConfig.EXACTLY_ONCE_V2,
      description = "exactly_once_v2 (default) or at_least_once, for both topologies.")
  String guarantee;

  @Option(names = "--commit-interval", paramLabel = "MS",
      description = "Streams commit.interval.ms for both topologies (default: Streams' own, 100 ms under exactly-once).")
  Long commitInterval;

  @Option(names = "--stream-threads", paramLabel = "N", defaultValue = "1",
      description = "Stream threads of both topologies (num.stream.threads; default: ${DEFAULT-VALUE}, as the app's).")
  int streamThreads;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "Where the BBC corpus is (bbc/); invented articles are used when it is absent (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--topology-heap", paramLabel = "SIZE", defaultValue = "512m",
      description = "-Xms/-Xmx of the topology's JVM (default: ${DEFAULT-VALUE}).")
  String topologyHeap;

  @Option(names = "--topology-jvm-option", paramLabel = "OPTION",
      description = "An extra option for the topology's JVM, e.g. -XX:StartFlightRecording=filename=pipeline.jfr (repeatable).")
  List<String> topologyJvmOptions = new ArrayList<>();

  @Option(names = "--annotate-articles", paramLabel = "N", defaultValue = "10000",
      description = "The no-Kafka phase's articles: up to N distinct ones (at most the corpus's), timed in five passes "
          + "after a warm-up of 4 x N annotations (default: ${DEFAULT-VALUE}).")
  int annotateArticles;

  @Option(names = "--scaling-articles", paramLabel = "N", defaultValue = "400",
      description = "Articles of the median length in the length-scaling phase; 1/4 and 1/16 as many at 4x and 16x (default: ${DEFAULT-VALUE}).")
  int scalingArticles;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON to this file.")
  Path out;

  @Mixin
  KafkaOptions kafka;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || rate <= 0 || duration < 1 || annotateArticles < 1 || scalingArticles < 1) {
      throw new IllegalArgumentException("--articles, --rate, --duration, --annotate-articles and --scaling-articles must be positive");
    }
    if (!guarantee.equals(StreamsConfig.EXACTLY_ONCE_V2) && !guarantee.equals(StreamsConfig.AT_LEAST_ONCE)) {
      throw new IllegalArgumentException("--guarantee must be exactly_once_v2 or at_least_once, not " + guarantee);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    Settings given = kafka.settings(Map.of(), Map.of());
    EmbeddedBroker broker = null;
    try {
      Settings settings = given;
      if (!kafka.bootstrapGiven(given)) {
        stdout.println("Starting an embedded Kafka broker (KRaft, single node)...");
        stdout.flush();
        broker = EmbeddedBroker.start();
        settings = kafka.settings(Map.of("bootstrap.servers", broker.bootstrapServers()), Map.of());
      }
      int partitions = settings.getInt(Settings.TOPIC_PARTITIONS, 3);
      List<String> topics = new ArrayList<>(Topics.all(Taxonomy.bundled()));
      topics.addAll(Benchmark.extraTopics());
      Clusters.ensureTopics(settings.kafkaProperties(), settings, topics);
      var options = new Benchmark.Options(articles, rate, duration, guarantee, commitInterval, corpus, topologyHeap,
          topologyJvmOptions, annotateArticles, scalingArticles, partitions, streamThreads);
      var figures = new Benchmark(options, settings.kafkaProperties(), stdout,
          broker == null ? null : ProcessHandle.of(broker.pid()).orElse(null)).run();
      BenchReport.printTable(figures, stdout);
      if (out != null) {
        BenchReport.writeJson(figures, out);
        stdout.println("Figures written to " + out);
      }
      stdout.flush();
      return 0;
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }
}
