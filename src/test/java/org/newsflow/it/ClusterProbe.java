package org.newsflow.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsflow.Fixtures;
import org.newsflow.kafka.ArticlePublisher;
import org.newsflow.kafka.TopicAdmin;
import org.newsflow.kafka.Topics;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotation;
import org.newsflow.tag.Taxonomy;

/** What the crash tests ask of the cluster: offsets, open transactions, every committed record. */
final class ClusterProbe {

  private ClusterProbe() {}

  /** Creates newsflow's topics (3 partitions); {@link TopicAdmin#ensureTopics} returns once every partition is served. */
  static void createTopics(Admin admin, Taxonomy taxonomy) throws Exception {
    TopicAdmin.ensureTopics(admin, Topics.all(taxonomy), 3, (short) 1);
  }

  /** Publishes the stories to news.raw with the production publisher's producer and waits for every ack. */
  static void publish(Properties client, List<WireStories.Story> stories) throws Exception {
    try (var producer = ArticlePublisher.createProducer(client)) {
      List<Future<RecordMetadata>> acks = new ArrayList<>(stories.size());
      for (var story : stories) {
        acks.add(producer.send(new ProducerRecord<>(Topics.RAW.name(), story.id(), story.raw())));
      }
      producer.flush();
      for (var ack : acks) {
        ack.get(2, TimeUnit.MINUTES);
      }
    }
  }

  /** Topic to ids, as the parser, enricher, tagger and router decide them without Kafka. */
  static Map<String, Set<String>> expectedRoutes(List<WireStories.Story> stories) {
    var annotator = Fixtures.annotator();
    var router = Fixtures.router();
    Map<String, Set<String>> expected = new TreeMap<>();
    Map<String, List<String>> routesByText = new HashMap<>();
    for (var story : stories) {
      String id = ArticleParser.articleId(story.raw());
      List<String> topics = routesByText.computeIfAbsent(story.text(), text -> {
        var annotation = annotator.annotate(id, story.raw());
        if (annotation instanceof Annotation.Annotated annotated) {
          return router.routes(annotated.article()).stream().map(Topics::nameOf).toList();
        }
        return List.of(Topics.DLQ.name());
      });
      topics.forEach(topic -> expected.computeIfAbsent(topic, t -> new TreeSet<>()).add(id));
    }
    return expected;
  }

  /** The sum over a topic's partitions of its latest offset as seen at the given isolation level. */
  static long endOffsets(Admin admin, String topic, IsolationLevel isolation) throws Exception {
    return latest(admin, List.of(topic), isolation).values().stream().mapToLong(Long::longValue).sum();
  }

  /** The sum of the group's committed offsets on a topic (0 before its first commit). */
  static long committed(Admin admin, String group, String topic) throws Exception {
    return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
        .entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  /**
   * Partitions whose last stable offset (what read_committed readers may see) is behind the high
   * watermark: a transaction on them is still open. Empty when every transaction has ended.
   */
  static Map<TopicPartition, String> openTransactions(Admin admin, List<String> topics) throws Exception {
    var committed = latest(admin, topics, IsolationLevel.READ_COMMITTED);
    var uncommitted = latest(admin, topics, IsolationLevel.READ_UNCOMMITTED);
    Map<TopicPartition, String> open = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
    uncommitted.forEach((partition, end) -> {
      long stable = committed.get(partition);
      if (stable != end) {
        open.put(partition, "last stable offset " + stable + " < high watermark " + end);
      }
    });
    return open;
  }

  private static Map<TopicPartition, Long> latest(Admin admin, List<String> topics, IsolationLevel isolation)
      throws InterruptedException, ExecutionException, TimeoutException {
    var descriptions = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    descriptions.values().forEach(d -> d.partitions().forEach(
        p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
    return admin.listOffsets(request, new ListOffsetsOptions(isolation)).all().get(30, TimeUnit.SECONDS)
        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }

  /**
   * Every committed record's key on the given topics (read_committed, from the beginning up to the
   * end offsets as of the call), topic to keys in offset order per partition.
   */
  static Map<String, List<String>> readAll(Properties client, List<String> topics) {
    Properties config = new Properties();
    config.putAll(client);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    Map<String, List<String>> keys = new TreeMap<>();
    topics.forEach(t -> keys.put(t, new ArrayList<>()));
    try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        consumer.partitionsFor(topic, Duration.ofSeconds(30))
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read up to the end offsets " + end + " within 2 minutes");
        }
        consumer.poll(Duration.ofMillis(500)).forEach(r -> keys.get(r.topic()).add(r.key()));
      }
    }
    return keys;
  }
}
