package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFlagsTest {

  private static final Set<String> TITLES = Set.of("president", "mr.", "co-founder", "chief");
  private static final Set<String> CUES = Set.of("president", "leader", "&");
  private static final WordFlags FLAGS = new WordFlags.Builder().add(1, TITLES).add(2, CUES).build();

  /** What the two sets say about the word lower-cased, as flags. */
  private static int expected(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return (TITLES.contains(lower) ? 1 : 0) | (CUES.contains(lower) ? 2 : 0);
  }

  @Test
  void answersAsTheListsWouldForTheLowerCasedWord() {
    for (String word : List.of("President", "PRESIDENT", "president", "Mr.", "MR.", "Co-Founder", "Leader", "&",
        "Chief", "Chiefs", "Presiden", "", "Xi", "Léader", "PRÉSIDENT", "\u212Aing", "CHİEF", "chief\u0130",
        "lEADER", "Ms.")) {
      assertThat(FLAGS.of(word)).as(word).isEqualTo(expected(word));
    }
  }

  @Test
  void aNonAsciiWordIsLowerCasedForReal() {
    // The Kelvin sign lower-cases to an ASCII k.
    WordFlags flags = new WordFlags.Builder().add(4, List.of("kelvin")).build();
    assertThat(flags.of("\u212Aelvin")).isEqualTo(4);
    assertThat(flags.any("KELVIN", 4)).isTrue();
    assertThat(flags.any("KELVIN", 1)).isFalse();
  }

  @Test
  void keysMustBeLowerCaseAscii() {
    assertThatThrownBy(() -> new WordFlags.Builder().add(1, List.of("Leader"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WordFlags.Builder().add(1, List.of("café"))).isInstanceOf(IllegalArgumentException.class);
  }
}
