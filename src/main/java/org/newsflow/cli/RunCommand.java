package org.newsflow.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsflow.config.Settings;
import org.newsflow.kafka.Topics;
import org.newsflow.streams.NewsTopology;
import org.newsflow.streams.StreamsApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run the Kafka Streams topology until stopped (SIGTERM or Ctrl-C close it cleanly).",
        "news.raw -> parse -> enrich -> tag -> news.enriched, news.topic.<slug>, news.topic.other, news.dlq."})
final class RunCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  @Mixin
  KafkaOptions kafka;

  @Mixin
  PipelineOptions pipeline;

  @Override
  public Integer call() throws Exception {
    Settings settings = kafka.settings(Map.of("bootstrap.servers", KafkaOptions.DEFAULT_BOOTSTRAP), pipeline.flags());
    var tagger = PipelineOptions.tagger(settings);
    var taxonomy = tagger.taxonomy();
    Clusters.ensureTopics(settings.kafkaProperties(), settings, Topics.all(taxonomy));
    Duration configured = settings.getDuration(Settings.DEDUPE_RETENTION, NewsTopology.DEFAULT_DEDUPE_RETENTION);
    String guarantee = StreamsApp.streamsConfig(settings.kafkaProperties())
        .getProperty(org.apache.kafka.streams.StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
    Duration retention = NewsTopology.dedupeRetention(configured, guarantee);
    if (!retention.equals(configured)) {
      log.warn("Repeats are not dropped under {}: only exactly_once_v2 commits the dedupe store with the outputs", guarantee);
    }
    var topology = NewsTopology.build(PipelineOptions.annotator(tagger), PipelineOptions.router(tagger, settings), retention);
    var app = new StreamsApp(topology, settings.kafkaProperties());
    CountDownLatch stop = Signals.stopRequested();
    Thread watcher = new Thread(() -> {
      try {
        stop.await();
        log.info("Stop requested; closing the topology");
        app.close(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsflow-stop");
    watcher.setDaemon(true);
    watcher.start();
    app.start();
    app.awaitStop(Duration.ofDays(36500));
    if (app.failure() != null) {
      app.close(Duration.ofSeconds(30));
      log.error("newsflow run stopped: {}", app.failure().toString());
      return 1;
    }
    return 0;
  }
}
