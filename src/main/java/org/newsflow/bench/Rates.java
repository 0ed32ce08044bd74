package org.newsflow.bench;

/** Rate arithmetic for the benchmark's figures. */
public final class Rates {

  private static final double NANOS_PER_SECOND = 1e9;
  private static final double BYTES_PER_MB = 1024.0 * 1024.0;

  private Rates() {}

  /** Items per second, for {@code count} items done in {@code nanos} nanoseconds. */
  public static double perSecond(long count, long nanos) {
    if (nanos <= 0) {
      throw new IllegalArgumentException("elapsed time must be positive, not " + nanos + " ns");
    }
    return count * NANOS_PER_SECOND / nanos;
  }

  /** Mebibytes (2^20 bytes) per second. */
  public static double mbPerSecond(long bytes, long nanos) {
    return perSecond(bytes, nanos) / BYTES_PER_MB;
  }

  public static double mb(long bytes) {
    return bytes / BYTES_PER_MB;
  }

  /** Microseconds per item. */
  public static double microsEach(long count, long nanos) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive, not " + count);
    }
    return nanos / 1000.0 / count;
  }

  /** When, in nanoseconds after the start, the {@code index}-th send is due at {@code perSecond}. */
  public static long dueNanos(long index, double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive, not " + perSecond);
    }
    return Math.round(index * NANOS_PER_SECOND / perSecond);
  }

  /** {@code part / whole}, e.g. the pipeline's rate as a fraction of the baseline's. */
  public static double ratio(double part, double whole) {
    return whole > 0 ? part / whole : Double.NaN;
  }

  /**
   * The index of the median of {@code values} (the lower middle one when there are an even number):
   * a round that was measured, so that the figures reported beside it come from the same round.
   */
  public static int medianIndex(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    return order[(values.length - 1) / 2];
  }
}
