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
    double norm = 0;
    for (int n = 0; n < counts.distinct; n++) {
      double v = termWeight(counts.counts[n]) * idf[counts.buckets[n]];
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
   * Scans words without building strings: letters and digits, joined across an inner apostrophe,
   * hyphen or (in numbers) point or comma; each word's hash is that of its lower-cased text, and
   * every number is one word.
   */
  private void add(String text, int repeats, Counts out) {
    if (text == null) {
      return;
    }
    int length = text.length();
    // One bulk copy, then plain array reads: charAt checks the index and the string's coder on every char.
    char[] chars = out.chars(length);
    text.getChars(0, length, chars, 0);
    int previous = 0;
    boolean havePrevious = false;
    int i = 0;
    while (i < length) {
      char c = chars[i];
      if (!isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int hash = 0;
      boolean number = true;
      while (i < length) {
        c = chars[i];
        if (isLetterOrDigit(c)) {
          hash = 31 * hash + toLowerCase(c);
          number &= isDigit(c);
          i++;
        } else if (i + 1 < length && isLetterOrDigit(chars[i + 1])
            && (c == '-' || c == '\'' || c == '’' || (number && (c == '.' || c == ',')))) {
          hash = 31 * hash + c;
          i++;
        } else {
          break;
        }
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

  /** {@link Character#isLetterOrDigit(char)}, without its table lookup for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /** {@link Character#isDigit(char)}, likewise. */
  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** {@link Character#toLowerCase(char)}, likewise. */
  private static char toLowerCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
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
    /** The text being scanned. */
    private char[] text = new char[4096];
    /**
     * Per slot: the bucket + 1 in the high half (0 for an empty slot) and its index into
     * {@code buckets} in the low half, so that a probe reads one array.
     */
    private long[] slots = new long[2048];

    /** Empties the slots the last article used, so that a long article once does not make every later one pay for a big table. */
    void clear() {
      int mask = slots.length - 1;
      for (int n = 0; n < distinct; n++) {
        long entry = ((long) (buckets[n] + 1) << 32) | n;
        int slot = buckets[n] & mask;
        while (slots[slot] != entry) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = 0;
      }
      distinct = 0;
    }

    char[] chars(int length) {
      if (text.length < length) {
        text = new char[Math.max(length, text.length * 2)];
      }
      return text;
    }

    void add(int bucket, int count) {
      int mask = slots.length - 1;
      long key = (long) (bucket + 1) << 32;
      // Buckets are already Murmur-mixed, so their low bits serve as the slot.
      int slot = bucket & mask;
      for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
        if ((entry & 0xFFFFFFFF00000000L) == key) {
          counts[(int) entry] += count;
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
      slots[slot] = key | distinct;
      distinct++;
      if (distinct * 2 > slots.length) {
        grow();
      }
    }

    /** Doubles the table, keeping it at most half full. */
    private void grow() {
      slots = new long[slots.length * 2];
      int mask = slots.length - 1;
      for (int n = 0; n < distinct; n++) {
        int slot = buckets[n] & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = ((long) (buckets[n] + 1) << 32) | n;
      }
    }
  }
}
