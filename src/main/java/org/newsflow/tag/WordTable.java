package org.newsflow.tag;

import java.util.List;

/**
 * A fixed set of words numbered 0..n-1, looked up by a range of chars and its hash instead of by a
 * String: the tagger hashes each word of an article while it scans it, so no String is made per word
 * and a word that is not in the lexicon (most of them) costs one probe of one array.
 *
 * <p>Open addressing with linear probing; each slot holds a word's full hash beside its id, so chars
 * are compared only when the hashes are equal. The hash is {@link String#hashCode()}'s, so it can be
 * computed incrementally while scanning, and {@link #id(String)} agrees with {@link #id(char[], int, int, int)}.
 */
final class WordTable {

  private final String[] words;
  /** The words' chars back to back, word {@code id}'s from {@code offsets[id]} to {@code offsets[id + 1]}: compared without String's checks. */
  private final char[] pool;
  private final int[] offsets;
  /** Per slot: the word's hash in the high half, its id + 1 in the low half; 0 for an empty slot. */
  private final long[] slots;
  private final int mask;

  /** Numbers the words in list order; they must be distinct. */
  WordTable(List<String> words) {
    this.words = words.toArray(new String[0]);
    this.offsets = new int[this.words.length + 1];
    StringBuilder all = new StringBuilder();
    for (int id = 0; id < this.words.length; id++) {
      all.append(this.words[id]);
      offsets[id + 1] = all.length();
    }
    this.pool = all.toString().toCharArray();
    // At most half full, so that a miss usually ends at the first or second slot.
    int capacity = Integer.highestOneBit(Math.max(4, this.words.length * 2 - 1)) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    for (int id = 0; id < this.words.length; id++) {
      String word = this.words[id];
      if (id(word) >= 0) {
        throw new IllegalArgumentException("word '" + word + "' appears twice");
      }
      int hash = word.hashCode();
      int slot = spread(hash) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = ((long) hash << 32) | (id + 1L);
    }
  }

  int size() {
    return words.length;
  }

  String word(int id) {
    return words[id];
  }

  /** The word's id, or -1. */
  int id(String word) {
    return id(word.toCharArray(), 0, word.length(), word.hashCode());
  }

  /**
   * The id of the word {@code chars[from, from + length)}, or -1; {@code hash} must be
   * {@link #hash(char[], int, int)} of that range.
   */
  int id(char[] chars, int from, int length, int hash) {
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int id = (int) entry - 1;
        if (sameChars(id, chars, from, length)) {
          return id;
        }
      }
    }
  }

  /** {@link String#hashCode()} of the chars {@code chars[from, from + length)}. */
  static int hash(char[] chars, int from, int length) {
    int hash = 0;
    for (int i = from; i < from + length; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  private boolean sameChars(int id, char[] chars, int from, int length) {
    int start = offsets[id];
    if (offsets[id + 1] - start != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (pool[start + i] != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** Fibonacci hashing: the mask keeps only low bits, and this mixes every bit of the String hash into them. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
