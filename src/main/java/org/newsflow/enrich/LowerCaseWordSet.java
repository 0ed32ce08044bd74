package org.newsflow.enrich;

import java.util.Locale;

/**
 * The words a text uses in lower case, each marked whether its lead (the text's first sentences,
 * added first) uses it too, asked about as {@code word.toLowerCase(Locale.ROOT)} without building
 * that copy for ASCII words. The name rules add every uncapitalised token of every article and ask
 * about a few capitalised ones: two HashSets (the text's and the lead's) allocated a node per word
 * and rehashed as they grew, and each question built a lower-cased string. Here one open-addressed
 * array sized up front holds the tokens' own strings, whose hash codes are cached (the keyword
 * extractor hashes the same strings afterwards).
 */
final class LowerCaseWordSet {

  private final String[] words;
  /** Whether the word was added before {@link #endLead}. */
  private final boolean[] lead;
  private final int mask;
  private boolean addingLead = true;

  /** A set for at most {@code capacity} words. */
  LowerCaseWordSet(int capacity) {
    int size = Integer.highestOneBit(Math.max(capacity, 1) * 2 - 1) << 1;
    words = new String[size];
    lead = new boolean[size];
    mask = size - 1;
  }

  /** Words added from now on are not the lead's. */
  void endLead() {
    addingLead = false;
  }

  void add(String word) {
    int i = slot(word.hashCode());
    for (String w; (w = words[i]) != null; i = (i + 1) & mask) {
      if (w.equals(word)) {
        return;
      }
    }
    words[i] = word;
    lead[i] = addingLead;
  }

  /** Where {@code word.toLowerCase(Locale.ROOT)} is, for {@link #inLead}; -1 if absent. */
  int indexOf(String word) {
    if (!AsciiLowerCaseMap.isAscii(word)) {
      String lower = word.toLowerCase(Locale.ROOT);
      for (int i = slot(lower.hashCode()); words[i] != null; i = (i + 1) & mask) {
        if (words[i].equals(lower)) {
          return i;
        }
      }
      return -1;
    }
    int hash = 0;
    for (int i = 0; i < word.length(); i++) {
      hash = 31 * hash + AsciiLowerCaseMap.lower(word.charAt(i));
    }
    for (int i = slot(hash); words[i] != null; i = (i + 1) & mask) {
      if (AsciiLowerCaseMap.equalsLowered(words[i], word)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the text uses {@code word.toLowerCase(Locale.ROOT)}. */
  boolean contains(String word) {
    return indexOf(word) >= 0;
  }

  /** Whether the word at this {@link #indexOf} was added in the lead. */
  boolean inLead(int index) {
    return lead[index];
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
