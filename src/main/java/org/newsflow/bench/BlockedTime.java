package org.newsflow.bench;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * How long a Streams client's threads have waited on Kafka so far, from its cumulative metrics:
 * the time a stream thread spends here is time it does not process records. {@code blockedNanos} is
 * Streams' own total per thread (polls, flushes, transactions; KIP-761); {@code commitNanos} is the
 * part spent committing under exactly-once: the producer's flush before each commit, sending the
 * offsets and committing the transaction.
 */
record BlockedTime(long blockedNanos, long commitNanos) {

  static final BlockedTime UNKNOWN = new BlockedTime(-1, -1);

  private static final String THREAD_GROUP = "stream-thread-metrics";
  private static final String THREAD_BLOCKED = "blocked-time-ns-total";
  private static final String PRODUCER_GROUP = "producer-metrics";
  private static final Set<String> COMMIT_WAITS =
      Set.of("flush-time-ns-total", "txn-send-offsets-time-ns-total", "txn-commit-time-ns-total");

  /** The sums over all stream threads and their producers; -1 for a total no metric reported. */
  static BlockedTime of(Map<MetricName, ? extends Metric> metrics) {
    long blocked = -1;
    long commit = -1;
    for (var entry : metrics.entrySet()) {
      MetricName name = entry.getKey();
      boolean isBlocked = name.group().equals(THREAD_GROUP) && name.name().equals(THREAD_BLOCKED);
      boolean isCommit = name.group().equals(PRODUCER_GROUP) && COMMIT_WAITS.contains(name.name());
      if ((isBlocked || isCommit) && entry.getValue().metricValue() instanceof Number value) {
        long nanos = Math.round(value.doubleValue());
        if (isBlocked) {
          blocked = Math.max(blocked, 0) + nanos;
        } else {
          commit = Math.max(commit, 0) + nanos;
        }
      }
    }
    return new BlockedTime(blocked, commit);
  }

  /** Milliseconds per article from {@code earlier} to this reading, or null where either is unknown. */
  static Double blockedMsPerArticle(BlockedTime earlier, BlockedTime later, long articles) {
    return perArticle(earlier.blockedNanos, later.blockedNanos, articles);
  }

  static Double commitMsPerArticle(BlockedTime earlier, BlockedTime later, long articles) {
    return perArticle(earlier.commitNanos, later.commitNanos, articles);
  }

  private static Double perArticle(long from, long to, long articles) {
    return from < 0 || to < 0 || articles <= 0 ? null : (to - from) / 1e6 / articles;
  }
}
