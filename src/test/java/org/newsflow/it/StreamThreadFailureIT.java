package org.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.Fixtures;
import org.newsflow.broker.EmbeddedBroker;
import org.newsflow.kafka.ArticlePublisher;
import org.newsflow.kafka.DeadLetterHeaders;
import org.newsflow.kafka.OutputConsumer;
import org.newsflow.kafka.TopicAdmin;
import org.newsflow.kafka.Topics;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotator;
import org.newsflow.streams.NewsTopology;
import org.newsflow.streams.StreamsApp;
import org.newsflow.tag.Tagger;
import org.newsflow.tag.Taxonomy;

/**
 * A tagger that throws on one article sends that article to {@code news.dlq} and the stream goes on.
 * A stream thread that dies (an {@link Error} escapes the per-article error handling) is replaced
 * a bounded number of times; when the same record kills every replacement, the client shuts down
 * and says why instead of looping for ever.
 */
class StreamThreadFailureIT {

  /** Not an exception a processor catches: it kills the stream thread. */
  static final class InjectedError extends Error {
    InjectedError(String message) {
      super(message);
    }
  }

  private static EmbeddedBroker broker;
  private static Properties client;

  @TempDir
  Path stateDir;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = EmbeddedBroker.start();
    client = new Properties();
    client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    try (Admin admin = Admin.create(client)) {
      TopicAdmin.ensureTopics(admin, Topics.all(Taxonomy.bundled()), 1, (short) 1);
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  private static byte[] story(String city, String text) {
    return (city + " (AP) — " + text).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anExceptionDeadLettersOneArticleButAThreadKilledByTheSameRecordEveryTimeIsReplacedThreeTimesThenTheClientStops() throws Exception {
    Tagger fatal = Fixtures.taggerBefore(body -> {
      if (body.contains("poison")) {
        throw new InjectedError("injected fatal error");
      }
      if (body.contains("faulty")) {
        throw new IllegalStateException("injected tagger fault");
      }
    });
    Properties config = new Properties();
    config.putAll(client);
    config.put("application.id", "newsflow-thread-failure-it");
    config.put("state.dir", stateDir.toString());
    // A dead thread's consumer does not leave the group: its replacement gets the partition once the
    // session times out (45 s by default). The broker's minimum keeps the test short.
    config.put("consumer.session.timeout.ms", "6000");
    config.put("consumer.heartbeat.interval.ms", "1500");
    var annotator = new Annotator(new ArticleParser(), Fixtures.enricher(), fatal);
    byte[] healthy = story("OSLO", "The council met on Monday and approved the budget for schools.");
    byte[] faulty = story("ACCRA", "The council met on Wednesday and this story is faulty for the tagger.");
    byte[] after = story("RIGA", "The council met on Thursday and approved the budget for roads.");
    byte[] poison = story("LIMA", "The council met on Tuesday and this story is poison to the tagger.");

    try (var app = new StreamsApp(NewsTopology.build(annotator, Fixtures.router()), config);
        var consumer = new OutputConsumer(OutputConsumer.createConsumer(client, null, true), List.of(Topics.ENRICHED.name(), Topics.DLQ.name()));
        var producer = ArticlePublisher.createProducer(client)) {
      app.start();
      for (byte[] article : List.of(healthy, faulty, after)) {
        producer.send(new ProducerRecord<>(Topics.RAW.name(), ArticleParser.articleId(article), article)).get();
      }
      // An exception on one article dead-letters that article; the stream goes on.
      List<ConsumerRecord<String, byte[]>> enriched = new ArrayList<>();
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        enriched.addAll(consumer.poll(Duration.ofMillis(200)));
        assertThat(enriched).extracting(ConsumerRecord::key)
            .contains(ArticleParser.articleId(healthy), ArticleParser.articleId(faulty), ArticleParser.articleId(after));
      });
      var dead = enriched.stream().filter(r -> r.topic().equals(Topics.DLQ.name())).toList();
      assertThat(dead).singleElement().satisfies(r -> {
        assertThat(r.key()).isEqualTo(ArticleParser.articleId(faulty));
        assertThat(r.value()).isEqualTo(faulty);
        assertThat(DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.STAGE)).isEqualTo("TAG");
        assertThat(DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.REASON)).isEqualTo("PROCESSING_ERROR");
        assertThat(DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.MESSAGE))
            .isEqualTo("java.lang.IllegalStateException: injected tagger fault");
      });
      assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
      assertThat(app.threadReplacements()).isZero();

      producer.send(new ProducerRecord<>(Topics.RAW.name(), ArticleParser.articleId(poison), poison)).get();

      assertThat(app.awaitStop(Duration.ofSeconds(120))).as("the client stops on its own").isTrue();
      assertThat(app.threadReplacements()).isEqualTo(3);
      assertThat(app.state()).isEqualTo(KafkaStreams.State.ERROR);
      Throwable cause = app.failure();
      while (cause != null && !(cause instanceof InjectedError)) {
        cause = cause.getCause();
      }
      assertThat(cause).as("the failure names the error: %s", app.failure()).isInstanceOf(InjectedError.class)
          .hasMessage("injected fatal error");
      // The poison never reached an output: under exactly-once its aborted attempts are invisible.
      enriched.addAll(consumer.poll(Duration.ofSeconds(1)));
      assertThat(enriched).extracting(ConsumerRecord::key).doesNotContain(ArticleParser.articleId(poison));
    }
  }
}
