package org.newsflow.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads newsflow's output topics, committed data only ({@code read_committed}), as raw records so
 * that both enriched articles and dead letters can be shown. The consumer is given, so tests can pass
 * a {@code MockConsumer}; {@link #createConsumer} makes the real one.
 */
public final class OutputConsumer implements AutoCloseable {

  private final Consumer<String, byte[]> consumer;

  public OutputConsumer(Consumer<String, byte[]> consumer, List<String> topics) {
    this.consumer = consumer;
    consumer.subscribe(topics);
  }

  /**
   * A consumer for {@code group}, or, when it is null, for a fresh group that commits nothing (so
   * that reading never disturbs anyone's offsets).
   */
  public static Consumer<String, byte[]> createConsumer(Properties clientConfig, String group, boolean fromBeginning) {
    Properties config = new Properties();
    config.putAll(clientConfig);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
    if (group == null) {
      config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-reader-" + UUID.randomUUID());
      config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    } else {
      config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    }
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }

  public List<ConsumerRecord<String, byte[]>> poll(Duration timeout) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    consumer.poll(timeout).forEach(records::add);
    return records;
  }

  public void wakeup() {
    consumer.wakeup();
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
