package org.newsflow.tag.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsflow.enrich.Token;
import org.newsflow.enrich.Tokenizer;

/**
 * Hashed word and word-pair features. Each lower-cased word and each pair of adjacent words is
 * hashed into one of {@code 2^bits} buckets; numbers become one token. Values are
 * {@code (1 + ln tf) * idf}, L2-normalised, headline words counting twice. Hashing means a model
 * holds only numbers: no vocabulary, so no text from the articles it was trained on.
 */
public final class TextFeatures {

  private static final String NUMBER = "#num";
  private static final int HEADLINE_REPEATS = 2;

  private final int bits;
  private final int mask;

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
    Map<Integer, Integer> counts = new HashMap<>();
    for (int r = 0; r < HEADLINE_REPEATS; r++) {
      add(headline, counts);
    }
    add(body, counts);
    return counts;
  }

  /** The weighted, normalised vector; {@code idf} has one weight per bucket. */
  public SparseVector vector(String headline, String body, float[] idf) {
    Map<Integer, Integer> counts = counts(headline, body);
    int[] indices = new int[counts.size()];
    int n = 0;
    for (int index : counts.keySet()) {
      indices[n++] = index;
    }
    Arrays.sort(indices);
    float[] values = new float[indices.length];
    double norm = 0;
    for (int i = 0; i < indices.length; i++) {
      double v = (1.0 + Math.log(counts.get(indices[i]))) * idf[indices[i]];
      values[i] = (float) v;
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

  private void add(String text, Map<Integer, Integer> counts) {
    if (text == null || text.isEmpty()) {
      return;
    }
    List<Token> tokens = Tokenizer.tokens(text);
    String previous = null;
    for (Token token : tokens) {
      String word = normalise(token.text());
      counts.merge(bucket(word.hashCode()), 1, Integer::sum);
      if (previous != null) {
        counts.merge(bucket(previous.hashCode() * 31 + word.hashCode() + 0x9E3779B9), 1, Integer::sum);
      }
      previous = word;
    }
  }

  private static String normalise(String token) {
    boolean digits = true;
    for (int i = 0; i < token.length() && digits; i++) {
      char c = token.charAt(i);
      digits = Character.isDigit(c) || c == '.' || c == ',' || c == '-';
    }
    return digits ? NUMBER : token.toLowerCase(Locale.ROOT);
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
