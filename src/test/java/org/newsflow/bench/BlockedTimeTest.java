package org.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class BlockedTimeTest {

  private record Reading(MetricName metricName, Object metricValue) implements Metric {}

  private static void put(Map<MetricName, Metric> metrics, String group, String name, String client, Object value) {
    MetricName key = new MetricName(name, group, "", Map.of("client-id", client));
    metrics.put(key, new Reading(key, value));
  }

  @Test
  void sumsTheStreamThreadsAndTheirProducersCommitWaits() {
    Map<MetricName, Metric> metrics = new LinkedHashMap<>();
    put(metrics, "stream-thread-metrics", "blocked-time-ns-total", "t1", 5_000_000.0);
    put(metrics, "stream-thread-metrics", "blocked-time-ns-total", "t2", 1_000_000.0);
    put(metrics, "producer-metrics", "flush-time-ns-total", "t1-producer", 2_000_000.0);
    put(metrics, "producer-metrics", "txn-send-offsets-time-ns-total", "t1-producer", 300_000.0);
    put(metrics, "producer-metrics", "txn-commit-time-ns-total", "t1-producer", 200_000.0);
    // Not waits at a commit, or not this client's stream threads: left out.
    put(metrics, "producer-metrics", "txn-init-time-ns-total", "t1-producer", 9_000_000.0);
    put(metrics, "producer-metrics", "io-wait-time-ns-total", "t1-producer", 9_000_000.0);
    put(metrics, "consumer-metrics", "flush-time-ns-total", "t1-consumer", 9_000_000.0);
    put(metrics, "stream-thread-metrics", "commit-latency-avg", "t1", "not a number");

    assertThat(BlockedTime.of(metrics)).isEqualTo(new BlockedTime(6_000_000, 2_500_000));
  }

  @Test
  void isUnknownWithoutTheMetrics() {
    Map<MetricName, Metric> metrics = new LinkedHashMap<>();
    put(metrics, "producer-metrics", "io-wait-time-ns-total", "p", 1.0);

    assertThat(BlockedTime.of(metrics)).isEqualTo(BlockedTime.UNKNOWN);
    assertThat(BlockedTime.blockedMsPerArticle(BlockedTime.UNKNOWN, new BlockedTime(5, 5), 10)).isNull();
  }

  @Test
  void givesMillisecondsPerArticleBetweenTwoReadings() {
    BlockedTime half = new BlockedTime(10_000_000, 4_000_000);
    BlockedTime end = new BlockedTime(30_000_000, 9_000_000);

    assertThat(BlockedTime.blockedMsPerArticle(half, end, 100)).isEqualTo(0.2);
    assertThat(BlockedTime.commitMsPerArticle(half, end, 100)).isEqualTo(0.05);
    assertThat(BlockedTime.commitMsPerArticle(half, end, 0)).isNull();
  }
}
