package org.newsflow.streams;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.newsflow.kafka.TopicAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a topology with newsflow's defaults and a clear lifecycle: state changes are logged, a dead
 * stream thread is replaced up to {@link #MAX_THREAD_REPLACEMENTS} times, after which the client
 * shuts down and {@link #failure()} says why.
 */
public final class StreamsApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);
  public static final String DEFAULT_APPLICATION_ID = "newsflow";
  static final int MAX_THREAD_REPLACEMENTS = 3;

  private final KafkaStreams streams;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicInteger replacements = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  public StreamsApp(Topology topology, Properties config) {
    this.streams = new KafkaStreams(topology, streamsConfig(config));
    streams.setStateListener((next, previous) -> {
      log.info("Streams state {} -> {}", previous, next);
      if (next == KafkaStreams.State.NOT_RUNNING || next == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    streams.setUncaughtExceptionHandler(e -> {
      if (replacements.incrementAndGet() <= MAX_THREAD_REPLACEMENTS) {
        log.error("Stream thread died; replacing it ({} of {})", replacements.get(), MAX_THREAD_REPLACEMENTS, e);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
      }
      failure.set(e);
      log.error("Stream thread died {} times; shutting down", replacements.get(), e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
  }

  /** The given properties over newsflow's defaults, in a new object. */
  public static Properties streamsConfig(Properties given) {
    Properties config = new Properties();
    config.putAll(given);
    config.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
    config.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    config.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
        String.valueOf(TopicAdmin.OUTPUT_MAX_MESSAGE_BYTES));
    // Internal topics (the re-keying topic, the dedupe store's changelog) carry enriched articles too.
    config.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
        String.valueOf(TopicAdmin.OUTPUT_MAX_MESSAGE_BYTES));
    config.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // Kafka 5.0's default, opted into now (Kafka 4.x logs a warning otherwise).
    config.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    return config;
  }

  public void start() {
    streams.start();
  }

  /** The client's metrics, its threads' producers and consumers included (read-only). */
  public Map<MetricName, ? extends Metric> metrics() {
    return streams.metrics();
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Blocks until the client stops (closed, or shut down after too many thread failures). */
  public boolean awaitStop(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How many dead stream threads have been replaced so far. */
  public int threadReplacements() {
    return Math.min(replacements.get(), MAX_THREAD_REPLACEMENTS);
  }

  /** The error that made the application stop, if it stopped on its own. */
  public Throwable failure() {
    return failure.get();
  }

  /**
   * Closes and leaves the consumer group, so that a restarted or remaining instance takes the
   * partitions over at once instead of waiting out this member's session timeout.
   */
  public boolean close(Duration timeout) {
    return streams.close(CloseOptions.timeout(timeout).withGroupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }
}
