package org.newsflow.tag.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Hashed word and word-pair features. Each lower-cased word and each pair of adjacent words is
 * hashed into one of {@code 2^bits} buckets; numbers become one token. Values are
 * {@code (1 + ln tf) * idf}, L2-normalised, headline words counting twice. Hashing means a model
 * holds only numbers: no vocabulary, so no text from the articles it was trained on.
 */
public final class TextFeatures {

  private static final int NUMBER_HASH = "#num".hashCode();
  private static final int HEADLINE_REPEATS = 2;

  private static final double[] LOG_TABLE = new double[64];

  static {
    for (int i = 1; i < LOG_TABLE.length; i++) {
      LOG_TABLE[i] = 1.0 + Math.log(i);
    }
  }

  private final int bits;
  private final int mask;
  /** One zeroed count per bucket for each thread, left zeroed after every use. */
  private final ThreadLocal<int[]> scratch;

  public TextFeatures(int bits) {
    if (bits < 10 || bits > 26) {
      throw new IllegalArgumentException("feature bits must be within 10..26, not " + bits);
    }
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.scratch = ThreadLocal.withInitial(() -> new int[1 << bits]);
  }

  public int bits() {
    return bits;
  }

  public int dimensions() {
    return 1 << bits;
  }

  /** Raw term counts by bucket (no weighting), for document frequencies. */
  public Map<Integer, Integer> counts(String headline, String body) {
    int[] buckets = buckets(headline, body);
    Map<Integer, Integer> counts = new HashMap<>();
    for (int bucket : buckets) {
      counts.merge(bucket, 1, Integer::sum);
    }
    return counts;
  }

  /** The weighted, normalised vector; {@code idf} has one weight per bucket. */
  public SparseVector vector(String headline, String body, float[] idf) {
    int[] buckets = buckets(headline, body);
    // Counting in a per-thread array indexed by bucket is linear in the article, where sorting
    // the buckets to find repeats took a fifth of the tagging time.
    int[] counts = scratch.get();
    int[] order = new int[buckets.length];
    int distinct = 0;
    for (int bucket : buckets) {
      if (counts[bucket]++ == 0) {
        order[distinct++] = bucket;
      }
    }
    int[] indices = Arrays.copyOf(order, distinct);
    float[] values = new float[distinct];
    double norm = 0;
    for (int n = 0; n < distinct; n++) {
      int bucket = indices[n];
      double v = termWeight(counts[bucket]) * idf[bucket];
      counts[bucket] = 0;
      values[n] = (float) v;
      norm += v * v;
    }
    if (norm > 0) {
      float inverse = (float) (1.0 / Math.sqrt(norm));
      for (int i = 0; i < values.length; i++) {
        values[i] *= inverse;
      }
    }
    return new SparseVector(indices, values);
  }

  /** {@code 1 + ln tf}, from a table for the counts most words have. */
  private static double termWeight(int count) {
    return count < LOG_TABLE.length ? LOG_TABLE[count] : 1.0 + Math.log(count);
  }

  /** Every word and word pair's bucket, with repeats; the headline's twice. */
  private int[] buckets(String headline, String body) {
    IntList out = new IntList();
    for (int r = 0; r < HEADLINE_REPEATS; r++) {
      add(headline, out);
    }
    add(body, out);
    return out.toArray();
  }

  /**
   * Scans words without building strings: letters and digits, joined across an inner apostrophe,
   * hyphen or (in numbers) point or comma; each word's hash is that of its lower-cased text, and
   * every number is one word.
   */
  private void add(String text, IntList out) {
    if (text == null) {
      return;
    }
    int length = text.length();
    int previous = 0;
    boolean havePrevious = false;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int hash = 0;
      boolean number = true;
      while (i < length) {
        c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          hash = 31 * hash + Character.toLowerCase(c);
          number &= Character.isDigit(c);
          i++;
        } else if (i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))
            && (c == '-' || c == '\'' || c == '’' || (number && (c == '.' || c == ',')))) {
          hash = 31 * hash + c;
          i++;
        } else {
          break;
        }
      }
      int word = number ? NUMBER_HASH : hash;
      out.add(bucket(word));
      if (havePrevious) {
        out.add(bucket(previous * 31 + word + 0x9E3779B9));
      }
      previous = word;
      havePrevious = true;
    }
  }

  /** A growable int array: no boxing on the hot path. */
  private static final class IntList {
    private int[] values = new int[256];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** Murmur3's finaliser spreads String.hashCode (fixed by the Java spec, so stable across JVMs). */
  private int bucket(int hash) {
    int h = hash;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h & mask;
  }
}
