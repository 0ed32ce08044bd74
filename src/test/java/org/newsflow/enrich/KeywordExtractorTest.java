package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.model.Keyword;

class KeywordExtractorTest {

  private static final KeywordExtractor KEYWORDS = KeywordExtractor.bundled();

  private static List<Keyword> keywords(String headline, String... sentences) {
    return KEYWORDS.extract(headline, List.of(sentences), "en");
  }

  @Test
  void aPhraseSeenTwiceReplacesItsWordsAndRanksByScoreThenAlphabetically() {
    List<Keyword> found = keywords("", "Interest rates rose again.", "Interest rates may rise.",
        "The bank said rates matter.", "Zebras and apples.", "Apples and zebras.");
    // "rates" (3) outscores the phrase (2) by more than half a point, so it stays; "interest" (2) does not.
    assertThat(found).extracting(Keyword::term).containsExactly("rates", "apples", "interest rates", "zebras");
    assertThat(found).extracting(Keyword::score).containsExactly(1.0, 0.667, 0.667, 0.667);
  }

  @Test
  void aWordOnceInTheBodyIsNoiseButOnceInTheHeadlineCounts() {
    List<Keyword> found = keywords("Volcano erupts", "Lava reached the village.");
    // The headline's first word is not a sentence start: its capital is taken as written.
    assertThat(found).extracting(Keyword::term).containsExactly("Volcano erupts");
  }

  @Test
  void properNounsKeepTheirCapitalsUnlessAlsoWrittenInLowerCase() {
    List<Keyword> found = keywords("", "Officials in Paris met.", "They left Paris.",
        "Spring came early.", "The season was spring.");
    assertThat(found).extracting(Keyword::term).contains("Paris", "spring");
  }

  @Test
  void possessivesStopWordsNumbersAndShortWordsAreLeftOut() {
    List<Keyword> found = keywords("", "The minister’s plan and the minister's 2024 plan.", "It is on at 10-2 and 2024.");
    assertThat(found).extracting(Keyword::term).contains("minister", "plan")
        .doesNotContain("the", "2024", "10-2", "it", "minister’s", "minister's");
  }

  @Test
  void nothingToRankGivesNoKeywords() {
    assertThat(keywords(null, "It is.")).isEmpty();
  }
}
