package org.newsflow.enrich;

import java.util.Map;

/**
 * A read-only map from lower-case ASCII keys, looked up with a word as if the word were lower-cased,
 * without building that copy. The enrichers look up most capitalised words of every article in word
 * lists and the gazetteer, several times each, and nearly all of them miss. So a lookup goes in three
 * steps, each settling what it can:
 * <ol>
 *   <li>a bit per (length, first, second and last character lower-cased) of the keys: a word whose
 *       bit is clear is no key, found without hashing it (most misses end here);</li>
 *   <li>the keys as they are usually written (lower case, upper case, a capital to each word), found
 *       by the word's own {@link String#hashCode}, which the string caches: a word asked about again,
 *       or hashed before by another table, costs no new hash;</li>
 *   <li>otherwise hashing and comparing with A-Z folded on the fly.</li>
 * </ol>
 * A caller with a word that is not plain ASCII lower-cases it the ordinary way and asks its
 * ordinary map.
 */
final class AsciiLowerCaseMap<V> {

  /** The keys by the hash of their lower-case chars, for any mix of case. */
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  /** The keys' usual written forms, by {@link String#hashCode}. */
  private final String[] forms;
  private final int[] formHashes;
  private final Object[] formValues;
  private final int formMask;
  /** One bit per key's {@link #signature}. */
  private final long[] signatures;
  private final int signatureMask;

  /** The entries whose key is lower-case ASCII; the others are left out. */
  AsciiLowerCaseMap(Map<String, V> entries) {
    int size = tableSize(entries.size());
    keys = new String[size];
    values = new Object[size];
    mask = size - 1;
    int formSize = tableSize(entries.size() * 3);
    forms = new String[formSize];
    formHashes = new int[formSize];
    formValues = new Object[formSize];
    formMask = formSize - 1;
    // About 16 bits per key: a miss finds its bit set a few times in a hundred.
    int bits = Math.max(1024, Integer.highestOneBit(Math.max(entries.size(), 1) * 32 - 1));
    signatures = new long[bits / 64];
    signatureMask = bits - 1;
    entries.forEach((key, value) -> {
      if (isLowerCaseAscii(key)) {
        int i = slot(key.hashCode(), mask);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (!key.isEmpty()) {
          int s = signature(key, key.length()) & signatureMask;
          signatures[s >>> 6] |= 1L << s;
        }
        addForm(key, value);
        addForm(upperCase(key), value);
        addForm(capitalised(key), value);
      }
    });
  }

  private static int tableSize(int entries) {
    return Integer.highestOneBit(Math.max(entries, 1) * 4 - 1) << 1;
  }

  private void addForm(String form, Object value) {
    int hash = form.hashCode();
    int i = slot(hash, formMask);
    for (; forms[i] != null; i = (i + 1) & formMask) {
      if (forms[i].equals(form)) {
        return; // "&" or "co." written in upper case is the same string
      }
    }
    forms[i] = form;
    formHashes[i] = hash;
    formValues[i] = value;
  }

  static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static boolean isLowerCaseAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 || c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  /** The value for {@code word.toLowerCase(Locale.ROOT)}, for a plain ASCII word; else null. */
  @SuppressWarnings("unchecked")
  V get(String word) {
    int n = word.length();
    if (n > 0) {
      // A word that is a key lower-cased has the key's length, and its chars lower-case one by one.
      char first = word.charAt(0);
      char second = word.charAt(n > 1 ? 1 : 0);
      char last = word.charAt(n - 1);
      if ((first | second | last) >= 0x80) {
        return null; // not plain ASCII
      }
      int s = signature(word, n) & signatureMask;
      if ((signatures[s >>> 6] & 1L << s) == 0) {
        return null;
      }
      int hash = word.hashCode();
      for (int i = slot(hash, formMask); forms[i] != null; i = (i + 1) & formMask) {
        if (formHashes[i] == hash && forms[i].equals(word)) {
          return (V) formValues[i];
        }
      }
    }
    return (V) foldedGet(word);
  }

  /** The value for a word in any mix of case, hashing and comparing it folded. */
  private Object foldedGet(String word) {
    int n = word.length();
    int hash = 0;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      hash = 31 * hash + lower(c);
    }
    for (int i = slot(hash, mask); keys[i] != null; i = (i + 1) & mask) {
      if (equalsLowered(keys[i], word)) {
        return values[i];
      }
    }
    return null;
  }

  /** The hash of the length and the first, second and last chars of a non-empty ASCII word, lower-cased. */
  private static int signature(String word, int n) {
    int h = n * 0x9E3779B9;
    h = (h ^ lower(word.charAt(0))) * 0x85EBCA6B;
    h = (h ^ lower(word.charAt(n > 1 ? 1 : 0))) * 0xC2B2AE35;
    h = (h ^ lower(word.charAt(n - 1))) * 0x27D4EB2F;
    return h ^ (h >>> 15);
  }

  private static int slot(int hash, int mask) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static String upperCase(String key) {
    char[] chars = key.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /** A capital to each space-separated word: "new york" as "New York". */
  private static String capitalised(String key) {
    char[] chars = key.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if ((i == 0 || chars[i - 1] == ' ') && chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  static boolean equalsLowered(String key, String word) {
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
