package org.newsflow.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of measurements (e.g. latencies in milliseconds). */
public final class Percentiles {

  private final long[] sorted;

  private Percentiles(long[] sorted) {
    this.sorted = sorted;
  }

  /** The values are copied, so the caller may go on using its array. */
  public static Percentiles of(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return new Percentiles(copy);
  }

  public int count() {
    return sorted.length;
  }

  /**
   * The smallest value such that at least {@code percent}% of the values are at most it (the
   * nearest-rank definition: no interpolation, so the result is always a value that was measured).
   */
  public long percentile(double percent) {
    if (sorted.length == 0) {
      throw new IllegalStateException("no values");
    }
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100], not " + percent);
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  public long max() {
    if (sorted.length == 0) {
      throw new IllegalStateException("no values");
    }
    return sorted[sorted.length - 1];
  }
}
