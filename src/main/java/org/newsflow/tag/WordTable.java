package org.newsflow.tag;

import java.util.Collections;
import java.util.List;

/**
 * A fixed set of words numbered 0..n-1, each with a few ints that its user stores with it (its
 * payload), looked up by a range of chars and its hash instead of by a String: the tagger hashes
 * each word of an article while it scans it, so no String is made per word and a word that is not
 * in the lexicon (most of them) costs one probe of one array.
 *
 * <p>Open addressing with linear probing; each slot holds a word's full hash beside where its
 * record starts, so chars are compared only when the hashes are equal. A word's record is its id,
 * its length, its chars two to an int, then its payload, all in one int array: a word found is
 * compared and its payload read from the same cache line or two, where separate arrays for the
 * chars, the payload offsets and the payloads each missed the cache once the enrichment had run.
 *
 * <p>The hash is {@link String#hashCode()}'s, so it can be computed incrementally while scanning,
 * and {@link #id(String)} agrees with {@link #id(char[], int, int, int)}.
 */
final class WordTable {

  private static final int ID = 0;
  private static final int LENGTH = 1;
  private static final int PAYLOAD_SIZE = 2;
  private static final int CHARS = 3;

  private final String[] words;
  /** The records, back to back: id, length, payload size, the chars two to an int (the first in the low half), the payload. */
  private final int[] records;
  /** Per slot: the word's hash in the high half, its record's start + 1 in the low half; 0 for an empty slot. */
  private final long[] slots;
  private final int mask;
  /**
   * A bit per hashed word, set for the table's words: about half of an article's words are not in
   * the lexicon, and this tells most of them so from 8 KB (for the bundled lexicon) that stay in
   * the cache, instead of from a slot of the 128 KB table, which the model's rows push out of it.
   */
  private final long[] filter;
  private final int filterShift;

  /** Numbers the words in list order, with no payload; they must be distinct. */
  WordTable(List<String> words) {
    this(words, Collections.nCopies(words.size(), new int[0]));
  }

  /** Numbers the words in list order, each with the payload at the same index; the words must be distinct. */
  WordTable(List<String> words, List<int[]> payloads) {
    if (payloads.size() != words.size()) {
      throw new IllegalArgumentException(words.size() + " words but " + payloads.size() + " payloads");
    }
    this.words = words.toArray(new String[0]);
    int size = 0;
    for (int id = 0; id < this.words.length; id++) {
      size += CHARS + (this.words[id].length() + 1) / 2 + payloads.get(id).length;
    }
    this.records = new int[size];
    int[] starts = new int[this.words.length];
    int at = 0;
    for (int id = 0; id < this.words.length; id++) {
      String word = this.words[id];
      int[] payload = payloads.get(id);
      starts[id] = at;
      records[at + ID] = id;
      records[at + LENGTH] = word.length();
      records[at + PAYLOAD_SIZE] = payload.length;
      for (int k = 0; k < word.length(); k++) {
        records[at + CHARS + k / 2] |= word.charAt(k) << (16 * (k & 1));
      }
      at += CHARS + (word.length() + 1) / 2;
      System.arraycopy(payload, 0, records, at, payload.length);
      at += payload.length;
    }
    // At most half full, so that a miss usually ends at the first or second slot.
    int capacity = Integer.highestOneBit(Math.max(4, this.words.length * 2 - 1)) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    // 12 to 24 bits per word: at most about one word in twelve that is not in the table gets past.
    int filterBits = Math.max(64, Integer.highestOneBit(Math.max(1, this.words.length) * 12) << 1);
    this.filter = new long[filterBits / 64];
    this.filterShift = 32 - Integer.numberOfTrailingZeros(filterBits);
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
      slots[slot] = ((long) hash << 32) | (starts[id] + 1L);
      int bit = filterBit(hash);
      filter[bit >>> 6] |= 1L << bit;
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
    int record = find(word.toCharArray(), 0, word.length(), word.hashCode());
    return record < 0 ? -1 : id(record);
  }

  /**
   * The id of the word {@code chars[from, from + length)}, or -1; {@code hash} must be
   * {@link #hash(char[], int, int)} of that range.
   */
  int id(char[] chars, int from, int length, int hash) {
    int record = find(chars, from, length, hash);
    return record < 0 ? -1 : id(record);
  }

  /** The record of the word {@code chars[from, from + length)}, or -1; {@code hash} as for {@link #id(char[], int, int, int)}. */
  int find(char[] chars, int from, int length, int hash) {
    int bit = filterBit(hash);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int record = (int) entry - 1;
        if (sameChars(record, chars, from, length)) {
          return record;
        }
      }
    }
  }

  /** The id of the word whose record {@link #find} returned. */
  int id(int record) {
    return records[record + ID];
  }

  /** The records, where a word's payload is at [{@link #payloadStart}, {@link #payloadEnd}): read in place, not copied. */
  int[] records() {
    return records;
  }

  int payloadStart(int record) {
    return record + CHARS + (records[record + LENGTH] + 1) / 2;
  }

  int payloadEnd(int record) {
    return payloadStart(record) + records[record + PAYLOAD_SIZE];
  }

  /** {@link String#hashCode()} of the chars {@code chars[from, from + length)}. */
  static int hash(char[] chars, int from, int length) {
    int hash = 0;
    for (int i = from; i < from + length; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  private boolean sameChars(int record, char[] chars, int from, int length) {
    if (records[record + LENGTH] != length) {
      return false;
    }
    int at = record + CHARS;
    for (int k = 0; k + 1 < length; k += 2) {
      if (records[at + k / 2] != (chars[from + k] | chars[from + k + 1] << 16)) {
        return false;
      }
    }
    return (length & 1) == 0 || records[at + length / 2] == chars[from + length - 1];
  }

  /**
   * The word's bit in {@link #filter}: the top bits of the hash times another odd constant than
   * {@link #spread}'s, so that words which share a slot's bits rarely share a filter bit too.
   */
  private int filterBit(int hash) {
    return (hash * 0x85EBCA6B) >>> filterShift;
  }

  /** Fibonacci hashing: the mask keeps only low bits, and this mixes every bit of the String hash into them. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
