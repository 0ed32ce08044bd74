package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiLowerCaseMapTest {

  private static final Map<String, Integer> ENTRIES = Map.of("new york", 1, "president", 2, "co.", 3, "&", 4,
      "x", 5, "", 6, "bosnia and herzegovina", 7, "Upper", 8, "café", 9);

  /** What a map of the lower-case ASCII entries says about the word lower-cased, for an ASCII word. */
  private static Integer expected(Map<String, Integer> entries, String word) {
    if (!AsciiLowerCaseMap.isAscii(word)) {
      return null;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return AsciiLowerCaseMap.isLowerCaseAscii(lower) ? entries.get(lower) : null;
  }

  @Test
  void answersForTheLowerCasedWordInEveryMixOfCase() {
    AsciiLowerCaseMap<Integer> map = new AsciiLowerCaseMap<>(ENTRIES);
    for (String word : List.of("new york", "New York", "NEW YORK", "New york", "nEW yORK", "New  York", "New Yorks",
        "President", "PRESIDENT", "pResident", "Presiden", "CO.", "Co.", "co", "&", "X", "x", "", "Bosnia and Herzegovina",
        "BOSNIA AND HERZEGOVINA", "Bosnia And Herzegovina", "Upper", "upper", "Café", "café", "Présidént",
        "\u212Aing", "New Yor\u212A")) {
      assertThat(map.get(word)).as(word).isEqualTo(expected(ENTRIES, word));
    }
  }

  @Test
  void leavesOutKeysThatAreNotLowerCaseAscii() {
    AsciiLowerCaseMap<Integer> map = new AsciiLowerCaseMap<>(ENTRIES);
    assertThat(map.get("Upper")).isNull();
    assertThat(map.get("café")).isNull();
  }

  @Test
  void agreesWithALowerCasedLookupOnManyWordsAndKeys() {
    // Enough keys and near misses (same length, same first and last letters) to fill the signature
    // bits and the tables' probe runs.
    Random random = new Random(42);
    Map<String, Integer> entries = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String key = randomWord(random);
      entries.put(key, i);
      words.add(key);
    }
    for (int i = 0; i < 20000; i++) {
      words.add(randomWord(random));
    }
    AsciiLowerCaseMap<Integer> map = new AsciiLowerCaseMap<>(entries);
    for (String word : words) {
      for (String written : List.of(word, word.toUpperCase(Locale.ROOT), mixCase(word, random))) {
        assertThat(map.get(written)).as(written).isEqualTo(expected(entries, written));
      }
    }
  }

  private static String randomWord(Random random) {
    int n = 1 + random.nextInt(6);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < n; i++) {
      word.append(i > 0 && random.nextInt(8) == 0 ? ' ' : (char) ('a' + random.nextInt(4)));
    }
    return word.toString();
  }

  private static String mixCase(String word, Random random) {
    StringBuilder mixed = new StringBuilder();
    for (char c : word.toCharArray()) {
      mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return mixed.toString();
  }
}
