package org.newsflow.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the application's topics if they are missing; never relies on auto-creation. */
public final class TopicAdmin {

  private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);
  /** Enriched articles carry the body plus its annotations: allow more than the broker's 1 MB. */
  public static final int OUTPUT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

  static final long READY_TIMEOUT_MS = 60_000;

  private TopicAdmin() {}

  /**
   * Waits until the broker serves every partition of the new topics (answers a list-offsets request
   * for it). A topic exists as soon as the controller records it, but its partitions open a moment
   * later; on a loaded machine records sent into that gap were seen stalling until the producer's
   * delivery timeout. Asking for end offsets is the cheapest request only a serving leader answers.
   */
  static void awaitServing(Admin admin, List<String> topics, int partitions, long timeoutMs) throws InterruptedException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    for (String topic : topics) {
      for (int p = 0; p < partitions; p++) {
        request.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
    }
    long deadline = System.currentTimeMillis() + timeoutMs;
    long backoff = 50;
    while (!request.isEmpty()) {
      var answers = admin.listOffsets(request).all();
      try {
        answers.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        return;
      } catch (ExecutionException | TimeoutException e) {
        if (System.currentTimeMillis() >= deadline) {
          log.warn("Not every partition of {} is served after {} ms; going on, clients will retry", topics, timeoutMs);
          return;
        }
        Thread.sleep(backoff);
        backoff = Math.min(1_000, backoff * 2);
      }
    }
  }

  /** Creates the missing topics; returns the names it created. */
  public static List<String> ensureTopics(Admin admin, List<String> names, int partitions, short replication)
      throws InterruptedException {
    try {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String name : names) {
        if (!existing.contains(name)) {
          var topic = new NewTopic(name, partitions, replication);
          if (!name.equals(Topics.RAW.name())) {
            topic.configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(OUTPUT_MAX_MESSAGE_BYTES)));
          }
          missing.add(topic);
        }
      }
      List<String> created = new ArrayList<>();
      for (var entry : admin.createTopics(missing).values().entrySet()) {
        try {
          entry.getValue().get(30, TimeUnit.SECONDS);
          created.add(entry.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      if (!created.isEmpty()) {
        log.info("Created topics {} ({} partitions, replication {})", created, partitions, replication);
        awaitServing(admin, created, partitions, READY_TIMEOUT_MS);
      }
      return created;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot create topics: " + (e.getCause() != null ? e.getCause().getMessage() : e), e);
    }
  }
}
