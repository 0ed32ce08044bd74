package org.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {

  /** Looks a word up as the tagger does: as a range of a larger char array, with the hash computed over that range. */
  private static int idInText(WordTable table, String word) {
    char[] text = ("xx " + word + " yy").toCharArray();
    int from = 3;
    return table.id(text, from, word.length(), WordTable.hash(text, from, word.length()));
  }

  @Test
  void wordsAreNumberedInListOrderAndFoundByTheirChars() {
    WordTable table = new WordTable(List.of("election", "vote", "prime"));
    assertThat(table.size()).isEqualTo(3);
    assertThat(idInText(table, "election")).isZero();
    assertThat(idInText(table, "vote")).isEqualTo(1);
    assertThat(idInText(table, "prime")).isEqualTo(2);
    assertThat(table.word(1)).isEqualTo("vote");
    assertThat(table.id("prime")).isEqualTo(2);
  }

  @Test
  void prefixesExtensionsAndOtherWordsAreNotFound() {
    WordTable table = new WordTable(List.of("vote", "election"));
    assertThat(idInText(table, "vot")).isEqualTo(-1);
    assertThat(idInText(table, "votes")).isEqualTo(-1);
    assertThat(idInText(table, "Vote")).isEqualTo(-1);
    assertThat(idInText(table, "the")).isEqualTo(-1);
  }

  @Test
  void theHashIsStringsSoItCanBeComputedWhileScanning() {
    for (String word : List.of("", "a", "niño", "naïve", "über-cool", "o’neill", "北京")) {
      char[] chars = word.toCharArray();
      assertThat(WordTable.hash(chars, 0, chars.length)).isEqualTo(word.hashCode());
    }
  }

  @Test
  void everyWordOfALargeTableIsFoundAndWordsBesideThemAreNot() {
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 5000; k++) {
      words.add("w" + Integer.toString(k, 36));
    }
    WordTable table = new WordTable(words);
    for (int k = 0; k < 5000; k++) {
      assertThat(idInText(table, "w" + Integer.toString(k, 36))).isEqualTo(k);
      assertThat(idInText(table, "v" + Integer.toString(k, 36))).isEqualTo(-1);
      assertThat(idInText(table, "w" + Integer.toString(k + 5000, 36))).isEqualTo(-1);
    }
  }

  @Test
  void nonAsciiWordsAreFound() {
    WordTable table = new WordTable(List.of("niño", "niña", "北京", "o’neill"));
    assertThat(idInText(table, "niño")).isZero();
    assertThat(idInText(table, "niña")).isEqualTo(1);
    assertThat(idInText(table, "北京")).isEqualTo(2);
    assertThat(idInText(table, "o’neill")).isEqualTo(3);
    assertThat(idInText(table, "nino")).isEqualTo(-1);
  }

  @Test
  void wordsWithTheSameHashAreToldApartByTheirChars() {
    // "Aa" and "BB" have the same String hash, and so does every word made of them.
    List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB");
    assertThat(colliding).extracting(String::hashCode).containsOnly("AaAa".hashCode());
    WordTable table = new WordTable(colliding);
    for (int id = 0; id < colliding.size(); id++) {
      assertThat(idInText(table, colliding.get(id))).isEqualTo(id);
    }
    // Same hash and length as words in the table, but not in it.
    WordTable without = new WordTable(List.of("AaAa", "BBBB"));
    assertThat(idInText(without, "AaBB")).isEqualTo(-1);
  }

  @Test
  void theEmptyWordAndTheEmptyTable() {
    WordTable empty = new WordTable(List.of());
    assertThat(empty.size()).isZero();
    assertThat(idInText(empty, "anything")).isEqualTo(-1);
    assertThat(idInText(empty, "")).isEqualTo(-1);
    WordTable withEmpty = new WordTable(List.of("", "a"));
    assertThat(idInText(withEmpty, "")).isZero();
    assertThat(idInText(withEmpty, "a")).isEqualTo(1);
  }

  @Test
  void manyWordsFillTheTableWithoutLosingAny() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      words.add("w" + Integer.toString(i, 36));
    }
    WordTable table = new WordTable(words);
    for (int id = 0; id < words.size(); id++) {
      assertThat(idInText(table, words.get(id))).isEqualTo(id);
    }
    assertThat(idInText(table, "w-1")).isEqualTo(-1);
  }

  @Test
  void aWordListedTwiceIsRefused() {
    assertThatThrownBy(() -> new WordTable(List.of("vote", "poll", "vote")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote");
  }

  @Test
  void eachWordKeepsItsPayloadBesideItsChars() {
    List<String> words = List.of("vote", "prime", "", "北京", "o’neill");
    List<int[]> payloads = List.of(new int[] {7, -1}, new int[] {3, 4, 5, 6}, new int[] {9}, new int[0], new int[] {-5});
    WordTable table = new WordTable(words, payloads);
    for (int id = 0; id < words.size(); id++) {
      char[] text = ("xx " + words.get(id) + " yy").toCharArray();
      int record = table.find(text, 3, words.get(id).length(), WordTable.hash(text, 3, words.get(id).length()));
      assertThat(record).as(words.get(id)).isNotNegative();
      assertThat(table.id(record)).isEqualTo(id);
      int[] payload = java.util.Arrays.copyOfRange(table.records(), table.payloadStart(record), table.payloadEnd(record));
      assertThat(payload).as(words.get(id)).containsExactly(payloads.get(id));
    }
    // Words of odd length, told apart from others of the same hash and length by their chars.
    WordTable odd = new WordTable(List.of("AaX", "BBAaX"), List.of(new int[] {1}, new int[] {2}));
    assertThat(idInText(odd, "AaX")).isZero();
    assertThat(idInText(odd, "BBAaX")).isEqualTo(1);
    assertThat(idInText(odd, "BBX")).isEqualTo(-1);
    assertThat(idInText(odd, "AaBBX")).isEqualTo(-1);
    assertThatThrownBy(() -> new WordTable(words, List.of(new int[0])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payloads");
  }
}
