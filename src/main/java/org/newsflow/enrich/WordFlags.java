package org.newsflow.enrich;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bit flags per word, looked up as if the word were lower-cased with {@link Locale#ROOT} but without
 * building that lower-case copy: the name rules ask several word lists about every capitalised word,
 * and lower-casing it for each list cost more than the lookups. One table answers for every list.
 * Keys are lower-case ASCII; a word with other characters is lower-cased for real, so the answer is
 * always the one a set of lower-case words would give.
 */
final class WordFlags {

  private final String[] keys;
  private final int[] flags;
  private final int mask;
  /** The same entries, for words that are not plain ASCII. */
  private final Map<String, Integer> byLowerCase;

  private WordFlags(Map<String, Integer> entries) {
    int size = Integer.highestOneBit(Math.max(entries.size(), 1) * 4 - 1) << 1;
    keys = new String[size];
    flags = new int[size];
    mask = size - 1;
    byLowerCase = Map.copyOf(entries);
    entries.forEach((key, value) -> {
      int i = slot(key.hashCode());
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      flags[i] = value;
    });
  }

  /** Collects words with their flags; a word given under several flags has them all. */
  static final class Builder {
    private final Map<String, Integer> entries = new HashMap<>();

    Builder add(int flag, Iterable<String> words) {
      for (String word : words) {
        for (int i = 0; i < word.length(); i++) {
          char c = word.charAt(i);
          if (c >= 0x80 || c >= 'A' && c <= 'Z') {
            throw new IllegalArgumentException("not lower-case ASCII: " + word);
          }
        }
        entries.merge(word, flag, (a, b) -> a | b);
      }
      return this;
    }

    WordFlags build() {
      return new WordFlags(entries);
    }
  }

  /** The flags of {@code word.toLowerCase(Locale.ROOT)}, or 0. */
  int of(String word) {
    int n = word.length();
    int hash = 0;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 0x80) {
        return byLowerCase.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
      }
      hash = 31 * hash + lower(c);
    }
    for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
      if (equalsLowered(keys[i], word)) {
        return flags[i];
      }
    }
    return 0;
  }

  /** Whether the word has any of the given flags. */
  boolean any(String word, int flagMask) {
    return (of(word) & flagMask) != 0;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean equalsLowered(String key, String word) {
    if (key.length() != word.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != lower(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
