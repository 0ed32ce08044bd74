package org.newsflow.enrich;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bit flags per word, looked up as if the word were lower-cased with {@link Locale#ROOT} but without
 * building that lower-case copy: the name rules ask several word lists about every capitalised word,
 * and lower-casing it for each list cost more than the lookups. One table answers for every list.
 * Keys are lower-case ASCII; a word with the one other character that lower-cases into ASCII is
 * lower-cased for real, so the answer is always the one a set of lower-case words would give.
 */
final class WordFlags {

  private final AsciiLowerCaseMap<Integer> ascii;
  /** The same entries, for words with a {@link #KELVIN_SIGN}. */
  private final Map<String, Integer> byLowerCase;

  private WordFlags(Map<String, Integer> entries) {
    ascii = new AsciiLowerCaseMap<>(entries);
    byLowerCase = Map.copyOf(entries);
  }

  /** Collects words with their flags; a word given under several flags has them all. */
  static final class Builder {
    private final Map<String, Integer> entries = new HashMap<>();

    Builder add(int flag, Iterable<String> words) {
      for (String word : words) {
        if (!AsciiLowerCaseMap.isLowerCaseAscii(word)) {
          throw new IllegalArgumentException("not lower-case ASCII: " + word);
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
    Integer flags = ascii.get(word);
    if (flags == null && word.indexOf(KELVIN_SIGN) >= 0) {
      // Of all other chars, none lower-cases to ASCII alone (U+0130 brings a combining dot): a
      // word with one is no key lower-cased, and asking whether it has one would scan every word.
      flags = byLowerCase.get(word.toLowerCase(Locale.ROOT));
    }
    return flags == null ? 0 : flags;
  }

  /** The one char outside ASCII whose lower case is an ASCII letter (k). */
  private static final char KELVIN_SIGN = '\u212A';

  /** Whether the word has any of the given flags. */
  boolean any(String word, int flagMask) {
    return (of(word) & flagMask) != 0;
  }
}
