package org.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannedTextTest {

  private static List<String> words(ScannedText text) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < text.count(); i++) {
      words.add(new String(text.chars, text.starts[i], text.length(i)));
    }
    return words;
  }

  @Test
  void wordsAreLowerCasedAndJoinedAcrossInnerHyphensAndApostrophes() {
    ScannedText text = ScannedText.of("O’Neill's well-known CO2 plan -- 'quoted' end-");
    assertThat(words(text)).containsExactly("o’neill's", "well-known", "co2", "plan", "quoted", "end");
    for (int i = 0; i < text.count(); i++) {
      assertThat(text.hash(i)).isEqualTo(words(text).get(i).hashCode());
    }
  }

  @Test
  void nonAsciiLettersAndDigitsAreWordCharacters() {
    ScannedText text = ScannedText.of("ÉL NIÑO in 北京 costs ٣٤ ¥");
    assertThat(words(text)).containsExactly("él", "niño", "in", "北京", "costs", "٣٤");
    assertThat(text.allDigits(5)).isTrue();
    assertThat(text.allDigits(1)).isFalse();
  }

  @Test
  void aPointOrCommaBetweenWordsIsRecorded() {
    ScannedText text = ScannedText.of("Up 3.5%, to 1,000. Then stop.");
    assertThat(words(text)).containsExactly("up", "3", "5", "to", "1", "000", "then", "stop");
    assertThat(text.pointToNext(1)).isTrue();
    assertThat(text.separatorAfter(1)).isEqualTo('.');
    assertThat(text.pointToNext(4)).isTrue();
    assertThat(text.separatorAfter(4)).isEqualTo(',');
    assertThat(text.pointToNext(2)).as("a comma then a space").isFalse();
    assertThat(text.pointToNext(5)).as("a point then a space").isFalse();
    assertThat(text.pointToNext(7)).as("a point at the end").isFalse();
    assertThat(text.allDigits(1)).isTrue();
    assertThat(text.allDigits(0)).isFalse();
  }

  @Test
  void emptyAndMissingTextHaveNoWords() {
    assertThat(ScannedText.of(null).count()).isZero();
    assertThat(ScannedText.of("").count()).isZero();
    assertThat(ScannedText.of(" ... -- ’ ").count()).isZero();
  }

  @Test
  void theLastTwoTextsAreAnsweredWithoutScanningAgainAndOthersAreScanned() {
    String headline = "Rates rise";
    String body = "The bank raised rates.";
    ScannedText first = ScannedText.of(headline);
    ScannedText second = ScannedText.of(body);
    assertThat(ScannedText.of(headline)).isSameAs(first);
    assertThat(ScannedText.of(body)).isSameAs(second);
    assertThat(words(first)).containsExactly("rates", "rise");
    // An equal text that is another String is scanned: the answer is the same words.
    String copy = new String("Rates rise".toCharArray());
    assertThat(words(ScannedText.of(copy))).containsExactly("rates", "rise");
    String other = "Markets fall";
    assertThat(words(ScannedText.of(other))).containsExactly("markets", "fall");
    assertThat(words(ScannedText.of(copy))).containsExactly("rates", "rise");
  }

  @Test
  void aLongTextKeepsAllItsWords() {
    StringBuilder long_ = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      long_.append("Word").append(i).append(' ');
    }
    ScannedText text = ScannedText.of(long_.toString());
    assertThat(text.count()).isEqualTo(5000);
    assertThat(words(text).get(4999)).isEqualTo("word4999");
    assertThat(words(ScannedText.of("short one"))).containsExactly("short", "one");
  }
}
