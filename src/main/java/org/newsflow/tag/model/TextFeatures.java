package org.newsflow.tag.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.newsflow.tag.ScannedText;

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
  /** One article's counts for each thread, reused: a model is shared by the stream threads. */
  private final ThreadLocal<Counts> scratch = ThreadLocal.withInitial(Counts::new);

  public TextFeatures(int bits) {
    if (bits < 10 || bits > 26) {
      throw new IllegalArgumentException("feature bits must be within 10..26, not " + bits);
    }
    this.bits = bits;
    this.mask = (1 << bits) - 1;
  }

  public int bits() {
    return bits;
  }

  public int dimensions() {
    return 1 << bits;
  }

  /** Raw term counts by bucket (no weighting), for document frequencies. */
  public Map<Integer, Integer> counts(String headline, String body) {
    Counts counts = count(headline, body);
    Map<Integer, Integer> map = new HashMap<>();
    for (int n = 0; n < counts.distinct; n++) {
      map.put(counts.buckets[n], counts.counts[n]);
    }
    return map;
  }

  /** The weighted, normalised vector; {@code idf} has one weight per bucket. */
  public SparseVector vector(String headline, String body, float[] idf) {
    Counts counts = count(headline, body);
    float[] values = new float[counts.distinct];
    weigh(counts, idf, values);
    return new SparseVector(Arrays.copyOf(counts.buckets, counts.distinct), values);
  }

  /**
   * The article's distinct buckets, in the order they first occur, each with its count: in a
   * buffer of this thread's that the next call reuses.
   */
  Counts count(String headline, String body) {
    Counts counts = scratch.get();
    counts.clear();
    // The headline's words occur first and are counted twice: adding each twice in one scan gives
    // the same buckets in the same order as scanning it twice.
    add(headline, HEADLINE_REPEATS, counts);
    add(body, 1, counts);
    return counts;
  }

  /**
   * Writes each distinct bucket's value to {@code values} (in {@code counts} order) and normalises
   * them. The norm is summed in that order, in doubles, as it always was, so that models keep
   * scoring to the last bit.
   */
  static void weigh(Counts counts, float[] idf, float[] values) {
    weigh(counts, idf, 0, 1, values);
  }

  /** As {@link #weigh(Counts, float[], float[])}, with bucket b's idf at {@code idf[offset + b * stride]}. */
  static void weigh(Counts counts, float[] idf, int offset, int stride, float[] values) {
    double norm = 0;
    for (int n = 0; n < counts.distinct; n++) {
      double v = termWeight(counts.counts[n]) * idf[offset + counts.buckets[n] * stride];
      values[n] = (float) v;
      norm += v * v;
    }
    if (norm > 0) {
      float inverse = (float) (1.0 / Math.sqrt(norm));
      for (int n = 0; n < counts.distinct; n++) {
        values[n] *= inverse;
      }
    }
  }

  /** {@code 1 + ln tf}, from a table for the counts most words have. */
  private static double termWeight(int count) {
    return count < LOG_TABLE.length ? LOG_TABLE[count] : 1.0 + Math.log(count);
  }

  /**
   * Adds the text's words and word pairs: the words of {@link ScannedText}, except that a number
   * joined to the next word by a point or comma is one word with it ({@code 3.5}, {@code 1,000},
   * {@code 2.5bn}); every number is the same word. A word's hash is that of its lower-cased text,
   * computed from the scanned words' hashes.
   */
  private void add(String text, int repeats, Counts out) {
    ScannedText words = ScannedText.of(text);
    int count = words.count();
    int previous = 0;
    boolean havePrevious = false;
    for (int i = 0; i < count; i++) {
      int hash = words.hash(i);
      boolean number = words.allDigits(i);
      while (number && words.pointToNext(i)) {
        // hash(a + "." + b) = (hash(a) * 31 + '.') * 31^length(b) + hash(b), in int arithmetic as String's.
        char separator = words.separatorAfter(i);
        i++;
        hash = (hash * 31 + separator) * pow31(words.length(i)) + words.hash(i);
        number = words.allDigits(i);
      }
      int word = number ? NUMBER_HASH : hash;
      out.add(bucket(word), repeats);
      if (havePrevious) {
        out.add(bucket(previous * 31 + word + 0x9E3779B9), repeats);
      }
      previous = word;
      havePrevious = true;
    }
  }

  private static int pow31(int exponent) {
    int power = 1;
    for (int k = 0; k < exponent; k++) {
      power *= 31;
    }
    return power;
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

  /**
   * An article's distinct buckets in the order they first occur, with their counts. Found through
   * a small open-addressing table sized to the article rather than a count per bucket of the whole
   * feature space: an article has hundreds of buckets, the space 65,536 or more, and an array of
   * that size misses the cache on nearly every word.
   */
  static final class Counts {
    /** The distinct buckets, first seen first, and their counts; valid below {@code distinct}. */
    int[] buckets = new int[512];
    int[] counts = new int[512];
    int distinct;
    /**
     * Per slot: the index into {@code buckets} + 1, or 0 for an empty slot. Ints rather than the
     * bucket and index packed in a long: the table is cold when the tagger runs after enrichment,
     * and half the bytes are half the cache lines to fetch, while {@code buckets}, read to compare,
     * is short, written in order and warm.
     */
    private int[] slots = new int[2048];
    private static final int FILL_RATIO = 16;

    /**
     * Empties the slots the last article used, so that a long article once does not make every
     * later one pay for a big table. When it used more than one slot in {@value #FILL_RATIO} (a
     * typical article, in the table it starts with), the whole table is zeroed instead: a bulk fill
     * costs less per slot than finding each of the article's slots again.
     */
    void clear() {
      if (distinct * FILL_RATIO > slots.length) {
        Arrays.fill(slots, 0);
        distinct = 0;
        return;
      }
      int mask = slots.length - 1;
      for (int n = 0; n < distinct; n++) {
        int slot = buckets[n] & mask;
        while (slots[slot] != n + 1) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = 0;
      }
      distinct = 0;
    }

    void add(int bucket, int count) {
      int mask = slots.length - 1;
      // Buckets are already Murmur-mixed, so their low bits serve as the slot.
      int slot = bucket & mask;
      for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
        if (buckets[entry - 1] == bucket) {
          counts[entry - 1] += count;
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (distinct == buckets.length) {
        buckets = Arrays.copyOf(buckets, distinct * 2);
        counts = Arrays.copyOf(counts, distinct * 2);
      }
      buckets[distinct] = bucket;
      counts[distinct] = count;
      distinct++;
      slots[slot] = distinct;
      if (distinct * 2 > slots.length) {
        grow();
      }
    }

    /** Doubles the table, keeping it at most half full. */
    private void grow() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int n = 0; n < distinct; n++) {
        int slot = buckets[n] & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = n + 1;
      }
    }
  }
}
