package org.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.broker.EmbeddedBroker;
import org.newsflow.kafka.ArticlePublisher;
import org.newsflow.kafka.Topics;
import org.newsflow.tag.Taxonomy;

/**
 * The broker killed with SIGKILL while a producer publishes stories and {@code newsflow run}
 * (its own JVM, exactly_once_v2) processes them, and restarted each time on the same log directory
 * and ports ({@link #KILLS} times). Nobody restarts the clients: they reconnect by themselves, the producer's retries
 * deliver what was in flight, and in the end every story is on each of its topics exactly once.
 */
class BrokerCrashIT {

  static final int ARTICLES = 6_000;
  static final int CHUNK = 250;
  /** How far the producer may run ahead of the pipeline, so both are busy when the broker dies. */
  static final int LEAD = 1_500;
  static final int KILLS = 1;

  @TempDir
  Path work;

  @Test
  void brokerKilledMidStreamLosesAndDoublesNothingWithoutAnyManualStep() throws Exception {
    long started = System.nanoTime();
    String applicationId = "newsflow-broker-crash-" + UUID.randomUUID().toString().substring(0, 8);
    var taxonomy = Taxonomy.bundled();
    try (var broker = EmbeddedBroker.start(work.resolve("broker"), false)) {
      Properties client = new Properties();
      client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
      client.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
      try (Admin admin = Admin.create(client)) {
        ClusterProbe.createTopics(admin, taxonomy);
        var stories = WireStories.generate(applicationId, ARTICLES, 300, 7);
        var expected = ClusterProbe.expectedRoutes(stories);
        List<String> args = List.of("run", "--bootstrap-server", broker.bootstrapServers(),
            "-D", "application.id=" + applicationId, "-D", "state.dir=" + work.resolve("state"));

        List<String> kills = new ArrayList<>();
        try (var app = NewsflowProcess.start(work.resolve("run.log"), Map.of(), args)) {
          AtomicInteger published = new AtomicInteger();
          CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> publishPaced(client, stories, admin, published));
          for (int kill = 1; kill <= KILLS; kill++) {
            int publishedTarget = kill * ARTICLES / (KILLS + 1);
            await("producer past " + publishedTarget + " and the pipeline busy").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> {
                  assertThat(app.isAlive()).as("newsflow run exited:\n%s", app.output()).isTrue();
                  assertThat(producer).isNotCompletedExceptionally();
                  return published.get() >= publishedTarget && ClusterProbe.endOffsets(admin, Topics.ENRICHED.name(),
                      IsolationLevel.READ_UNCOMMITTED) >= publishedTarget - LEAD;
                });
            long down = System.nanoTime();
            int publishedAtKill = published.get();
            broker.kill();
            broker.restart();
            kills.add(String.format(Locale.ROOT, "published %d, down %.1f s", publishedAtKill, (System.nanoTime() - down) / 1e9));
          }
          producer.get(5, TimeUnit.MINUTES);
          await("every story consumed").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
              .until(() -> {
                assertThat(app.isAlive()).as("newsflow run exited:\n%s", app.output()).isTrue();
                return ClusterProbe.committed(admin, applicationId, Topics.RAW.name()) >= ARTICLES;
              });
          assertThat(app.stop(Duration.ofSeconds(30))).as(app.output()).isZero();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
            .until(() -> ClusterProbe.openTransactions(admin, Topics.outputs(taxonomy)).isEmpty());
        var report = DeliveryVerifier.verify(expected, ClusterProbe.readAll(client, Topics.outputs(taxonomy)));
        long raw = ClusterProbe.endOffsets(admin, Topics.RAW.name(), IsolationLevel.READ_UNCOMMITTED);
        System.out.printf(Locale.ROOT, "RELIABILITY broker-killed articles=%d broker-kills=%d %s news.raw-records=%d "
                + "records-expected=%d records-received=%d duplicated-ids=%d lost-ids=%d seconds=%.1f%n%s%n",
            ARTICLES, KILLS, kills, raw, report.expectedRecords(), report.receivedRecords(),
            report.duplicatedIds().size(), report.lostIds().size(), (System.nanoTime() - started) / 1e9, report.summary());
        assertThat(raw).as("the idempotent producer wrote each story once to news.raw").isEqualTo(ARTICLES);
        assertThat(report.exactlyOnce()).as(report.summary()).isTrue();
      }
    }
  }

  /**
   * Publishes chunk by chunk with the production producer settings (idempotent, acks=all), never
   * more than {@link #LEAD} stories ahead of news.enriched, and counts what was acknowledged.
   */
  private static void publishPaced(Properties client, List<WireStories.Story> stories, Admin admin, AtomicInteger published) {
    try (var producer = ArticlePublisher.createProducer(client)) {
      for (int from = 0; from < stories.size(); from += CHUNK) {
        int sent = from;
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
            .until(() -> ClusterProbe.endOffsets(admin, Topics.ENRICHED.name(), IsolationLevel.READ_UNCOMMITTED) >= sent - LEAD);
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (var story : stories.subList(from, Math.min(from + CHUNK, stories.size()))) {
          acks.add(producer.send(new ProducerRecord<>(Topics.RAW.name(), story.id(), story.raw())));
        }
        producer.flush();
        for (var ack : acks) {
          ack.get(2, TimeUnit.MINUTES);
          published.incrementAndGet();
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("publishing failed after " + published.get() + " stories", e);
    }
  }
}
