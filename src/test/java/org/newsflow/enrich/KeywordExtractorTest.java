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

  @Test
  void onlyTheTenBestOfManyCandidatesAreKeptInRankingOrder() {
    // Twelve words, the n-th seen 13 - n times: the last two fall off the list.
    String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima"};
    List<String> sentences = new java.util.ArrayList<>();
    for (int n = 0; n < words.length; n++) {
      for (int k = 0; k < words.length + 1 - n; k++) {
        sentences.add("Then " + words[n] + ".");
      }
    }
    List<Keyword> found = KEYWORDS.extract("", sentences, "en");
    assertThat(found).extracting(Keyword::term).containsExactly(java.util.Arrays.copyOf(words, 10));
    assertThat(found.get(9).score()).isEqualTo(Math.round(4 / 13.0 * 1000) / 1000.0);
  }

  @Test
  void theMostFrequentOfSeveralProperNounFormsIsShown() {
    List<Keyword> found = keywords("", "Leaders of Nato met.", "The NATO summit.", "Then NATO spoke.",
        "Nato agreed.", "So NATO left.");
    assertThat(found).extracting(Keyword::term).contains("NATO").doesNotContain("Nato", "nato");
  }

  @Test
  void eachArticleIsCountedOnItsOwnWhateverCameBefore() {
    List<String> shortArticle = List.of("Floods hit the valley.", "Floods closed roads.");
    List<Keyword> alone = KeywordExtractor.bundled().extract("Valley floods", shortArticle, "en");
    List<String> longArticle = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      longArticle.add("Markets rallied on valley roads number " + i + ".");
    }
    KeywordExtractor reused = KeywordExtractor.bundled();
    reused.extract("Markets", longArticle, "en");
    assertThat(reused.extract("Valley floods", shortArticle, "en")).isEqualTo(alone);
    reused.extract("Other", List.of("Valley roads valley roads."), "en");
    assertThat(reused.extract("Valley floods", shortArticle, "en")).isEqualTo(alone);
  }

  @Test
  void tablesReusedAcrossManyArticlesGiveWhatFreshOnesGive() {
    // Articles short enough for the same tables to serve them all, over a small vocabulary so
    // that words and phrases recur within and across articles.
    String[] vocabulary = {"valley", "floods", "roads", "markets", "rallied", "Valley", "Markets", "bank", "rates",
        "interest", "the", "and", "Paris", "paris", "minister", "plan", "said", "rose", "fell"};
    java.util.Random random = new java.util.Random(7);
    KeywordExtractor reused = KeywordExtractor.bundled();
    for (int article = 0; article < 60; article++) {
      List<String> sentences = new java.util.ArrayList<>();
      int count = 1 + random.nextInt(30);
      for (int s = 0; s < count; s++) {
        StringBuilder sentence = new StringBuilder();
        int words = 1 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
          sentence.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        sentences.add(sentence.append('.').toString());
      }
      String headline = vocabulary[random.nextInt(vocabulary.length)] + " " + vocabulary[random.nextInt(vocabulary.length)];
      assertThat(reused.extract(headline, sentences, "en")).as("article %d", article)
          .isEqualTo(KeywordExtractor.bundled().extract(headline, sentences, "en"));
    }
  }

  @Test
  void theStopWordTableHoldsExactlyItsWords() {
    java.util.Set<String> words = java.util.Set.of("the", "and", "für", "über", "été", "a", "");
    KeywordExtractor.StopWords stop = new KeywordExtractor.StopWords(words);
    for (String word : words) {
      assertThat(stop.contains(word)).as(word).isTrue();
      // Same length, same hash bucket neighbourhood, different text: not in the list.
      assertThat(stop.contains(word + "s")).as(word + "s").isFalse();
    }
    // Two words with the same String hash: only the listed one is found.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    KeywordExtractor.StopWords colliding = new KeywordExtractor.StopWords(java.util.Set.of("Aa"));
    assertThat(colliding.contains("Aa")).isTrue();
    assertThat(colliding.contains("BB")).isFalse();
    assertThat(colliding.contains("the")).isFalse();
  }
}
