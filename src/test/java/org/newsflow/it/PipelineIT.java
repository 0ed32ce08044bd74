package org.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.ArticleSchema;
import org.newsflow.Fixtures;
import org.newsflow.broker.EmbeddedBroker;
import org.newsflow.cli.NewsflowCli;
import org.newsflow.ingest.ArticleFiles;
import org.newsflow.kafka.ArticlePublisher;
import org.newsflow.kafka.DeadLetterHeaders;
import org.newsflow.kafka.OutputConsumer;
import org.newsflow.kafka.TopicAdmin;
import org.newsflow.kafka.Topics;
import org.newsflow.pipeline.Annotation;
import org.newsflow.streams.NewsTopology;
import org.newsflow.streams.StreamsApp;
import org.newsflow.tag.Taxonomy;
import picocli.CommandLine;

/**
 * The seeds through a real broker: published with the real producer, processed by the production
 * topology under exactly-once, and read back from every output topic with read_committed.
 */
class PipelineIT {

  private static EmbeddedBroker broker;

  @TempDir
  Path stateDir;
  private static Properties client;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = EmbeddedBroker.start();
    client = new Properties();
    client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  /** What the pure functions say each output topic must hold: topic -> article ids. */
  private static Map<String, Set<String>> expectedRoutes(ArticleFiles.Listing listing) {
    Map<String, Set<String>> expected = new TreeMap<>();
    var annotator = Fixtures.annotator();
    var router = Fixtures.router();
    for (var source : listing.articles()) {
      var annotation = annotator.annotate(org.newsflow.parse.ArticleParser.articleId(source.raw()), source.raw());
      if (annotation instanceof Annotation.Annotated annotated) {
        for (var route : router.routes(annotated.article())) {
          expected.computeIfAbsent(Topics.nameOf(route), t -> new TreeSet<>()).add(annotated.article().id());
        }
      } else {
        expected.computeIfAbsent(Topics.DLQ.name(), t -> new TreeSet<>())
            .add(org.newsflow.parse.ArticleParser.articleId(source.raw()));
      }
    }
    return expected;
  }

  @Test
  void seedsArePublishedProcessedAndRoutedToEveryOutputTopic() throws Exception {
    var taxonomy = Taxonomy.bundled();
    try (Admin admin = Admin.create(client)) {
      TopicAdmin.ensureTopics(admin, Topics.all(taxonomy), 3, (short) 1);
      // A second call finds them all and creates nothing.
      assertThat(TopicAdmin.ensureTopics(admin, Topics.all(taxonomy), 3, (short) 1)).isEmpty();
    }
    Properties streamsConfig = new Properties();
    streamsConfig.putAll(client);
    streamsConfig.put("application.id", "newsflow-it");
    // Its own state directory, so runs from other checkouts on the same machine never share a lock.
    streamsConfig.put("state.dir", stateDir.toString());
    var listing = ArticleFiles.read(List.of(Fixtures.SEEDS));
    Map<String, Set<String>> expected = expectedRoutes(listing);
    assertThat(expected.get(Topics.DLQ.name())).hasSize(3);

    try (var app = new StreamsApp(NewsTopology.build(Fixtures.annotator(), Fixtures.router()), streamsConfig);
        var consumer = new OutputConsumer(OutputConsumer.createConsumer(client, null, true), Topics.outputs(taxonomy))) {
      app.start();
      ArticlePublisher.Summary summary;
      try (var producer = ArticlePublisher.createProducer(client)) {
        summary = new ArticlePublisher(producer).publish(listing, n -> { });
      }
      assertThat(summary.ok()).as("publish failures: %s", summary.failed()).isTrue();
      assertThat(summary.published()).isEqualTo(listing.articles().size());

      int expectedRecords = expected.values().stream().mapToInt(Set::size).sum();
      List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
        received.addAll(consumer.poll(Duration.ofMillis(200)));
        assertThat(received).hasSizeGreaterThanOrEqualTo(expectedRecords);
      });
      // Anything beyond the expected count would be a duplicate or a stray: give it a moment to show.
      received.addAll(consumer.poll(Duration.ofSeconds(2)));

      Map<String, List<String>> actual = new HashMap<>();
      for (var record : received) {
        actual.computeIfAbsent(record.topic(), t -> new ArrayList<>()).add(record.key());
        if (record.topic().equals(Topics.DLQ.name())) {
          assertThat(DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.REASON)).isNotBlank();
          assertThat(DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.RAW.name());
          assertThat(DeadLetterHeaders.get(record.headers(), DeadLetterHeaders.SOURCE_OFFSET)).matches("\\d+");
        } else {
          assertThat(ArticleSchema.errors(record.value())).isEmpty();
        }
      }
      for (var entry : expected.entrySet()) {
        assertThat(actual.get(entry.getKey())).as(entry.getKey()).containsExactlyInAnyOrderElementsOf(entry.getValue());
      }
      assertThat(actual.keySet()).isEqualTo(expected.keySet());
      assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }
  }

  @Test
  void demoOnceAgainstAGivenBrokerRoutesEverySeedAndExitsZero() {
    CommandLine cli = NewsflowCli.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    int code = cli.execute("demo", "--once", "--bootstrap-server", broker.bootstrapServers(),
        "-D", "application.id=newsflow-demo-it", "-D", "state.dir=" + stateDir, "--timeout", "90");
    assertThat(code).as(out.toString()).isZero();
    assertThat(out.toString()).contains("Records per topic:", Topics.DLQ.name(), Topics.routed("sport").name(),
        "WASHINGTON (AP) (US)");
  }
}
