package org.newsflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsflow.broker.EmbeddedBroker;
import org.newsflow.config.Settings;
import org.newsflow.ingest.ArticleFiles;
import org.newsflow.kafka.ArticlePublisher;
import org.newsflow.kafka.OutputConsumer;
import org.newsflow.kafka.Topics;
import org.newsflow.streams.NewsTopology;
import org.newsflow.streams.StreamsApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"The whole flow in one command: publish seeds/, process them, print what each topic receives.",
        "With no --bootstrap-server, a real single-node Kafka broker is started first. The topics are created,",
        "the topology runs, seeds/ is published and every record on every output topic is printed.",
        "With --once, exit 0 as soon as every seed has been routed (1 if that takes longer than --timeout)."})
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--once", description = "Exit when every published seed has been routed.")
  boolean once;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Articles to publish (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "With --once, give up after this long (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Mixin
  KafkaOptions kafka;

  @Mixin
  PipelineOptions pipeline;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Settings given = kafka.settings(Map.of(), pipeline.flags());
    CountDownLatch stop = Signals.stopRequested();
    EmbeddedBroker broker = null;
    try {
      Settings settings = given;
      java.nio.file.Path stateDir = null;
      if (!kafka.bootstrapGiven(given)) {
        out.println("Starting an embedded Kafka broker (KRaft, single node)...");
        out.flush();
        broker = EmbeddedBroker.start();
        settings = kafka.settings(Map.of("bootstrap.servers", broker.bootstrapServers()), pipeline.flags());
        out.println("Broker ready at " + broker.bootstrapServers());
        // A new broker each run: the Streams state must be new too, or its checkpoints point into a log that is gone.
        stateDir = broker.directory().resolve("streams-state");
      }
      return run(settings, out, stop, stateDir);
    } finally {
      if (broker != null) {
        out.println("Stopping the embedded broker");
        out.flush();
        broker.close();
      }
    }
  }

  private int run(Settings settings, PrintWriter out, CountDownLatch stop, java.nio.file.Path stateDir) throws Exception {
    Properties client = settings.kafkaProperties();
    var tagger = PipelineOptions.tagger(settings);
    var taxonomy = tagger.taxonomy();
    Clusters.ensureTopics(client, settings, Topics.all(taxonomy));
    Properties streamsConfig = new Properties();
    streamsConfig.putAll(client);
    streamsConfig.putIfAbsent(org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-demo");
    if (stateDir != null) {
      streamsConfig.putIfAbsent(org.apache.kafka.streams.StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    }
    var topology = NewsTopology.build(PipelineOptions.annotator(tagger), PipelineOptions.router(tagger, settings),
        // Off unless asked for: the demo publishes the same seeds on every run, and shows them every time.
        settings.getDuration(Settings.DEDUPE_RETENTION, Duration.ZERO));
    try (var app = new StreamsApp(topology, streamsConfig);
        var consumer = new OutputConsumer(OutputConsumer.createConsumer(client, null, true), Topics.outputs(taxonomy))) {
      app.start();
      var listing = ArticleFiles.read(List.of(seeds));
      ArticlePublisher.Summary summary;
      try (var producer = ArticlePublisher.createProducer(client)) {
        summary = new ArticlePublisher(producer).publish(listing, done -> { });
      }
      out.printf("Published %d articles from %s to %s (skipped %d, failed %d)%n", summary.published(), seeds,
          Topics.RAW.name(), summary.skipped(), summary.failed().size());
      summary.failed().forEach(p -> out.println("  failed: " + p.origin() + ": " + p.reason()));
      out.println();
      out.printf("%-48s %-16s %-60s [%s] %s%n", "TOPIC", "ID", "HEADLINE", "TOP TAGS", "DATELINE");
      out.flush();

      Set<String> pending = new HashSet<>(summary.keys());
      Map<String, Integer> perTopic = new TreeMap<>();
      Instant deadline = Instant.now().plusSeconds(timeoutSeconds);
      boolean drained = false;
      while (stop.getCount() > 0) {
        var records = consumer.poll(Duration.ofMillis(500));
        for (var record : records) {
          out.println(ArticleLines.line(record.topic(), record.key(), record.value(), record.headers()));
          perTopic.merge(record.topic(), 1, Integer::sum);
          if (record.topic().equals(Topics.ENRICHED.name()) || record.topic().equals(Topics.DLQ.name())) {
            pending.remove(record.key());
          }
        }
        out.flush();
        if (once && pending.isEmpty()) {
          // Every article is in; one more empty poll lets copies on other partitions arrive too.
          if (records.isEmpty() && drained) {
            break;
          }
          drained = records.isEmpty() || drained;
        }
        if (once && Instant.now().isAfter(deadline)) {
          out.printf("%nTimed out after %d s with %d of %d articles not routed: %s%n", timeoutSeconds,
              pending.size(), summary.published(), pending);
          return 1;
        }
      }
      out.println();
      out.println("Records per topic:");
      perTopic.forEach((topic, n) -> out.printf("  %-48s %d%n", topic, n));
      out.printf("%d articles routed; %d in %s.%n", summary.published(), perTopic.getOrDefault(Topics.DLQ.name(), 0),
          Topics.DLQ.name());
      out.flush();
      return summary.ok() ? 0 : 1;
    }
  }
}
