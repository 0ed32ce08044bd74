package org.newsflow.enrich;

import java.util.Map;

/**
 * A read-only map from lower-case ASCII keys, looked up with a word as if the word were lower-cased,
 * without building that copy: hashing and comparing fold A-Z on the fly. The enrichers look up
 * most capitalised words of every article in word lists and the gazetteer, and the lower-cased
 * copies (a new string, hashed afresh) cost more than the lookups. A caller with a word that is
 * not plain ASCII lower-cases it the ordinary way and asks its ordinary map.
 */
final class AsciiLowerCaseMap<V> {

  private final String[] keys;
  private final Object[] values;
  private final int mask;

  /** The entries whose key is lower-case ASCII; the others are left out. */
  AsciiLowerCaseMap(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(entries.size(), 1) * 4 - 1) << 1;
    keys = new String[size];
    values = new Object[size];
    mask = size - 1;
    entries.forEach((key, value) -> {
      if (isLowerCaseAscii(key)) {
        int i = slot(key.hashCode());
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
      }
    });
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
    int hash = 0;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      hash = 31 * hash + lower(c);
    }
    for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
      if (equalsLowered(keys[i], word)) {
        return (V) values[i];
      }
    }
    return null;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
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
