package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.bundled();

  @Test
  void frequentWordsAreFoundInAnyCase() {
    var hits = LANGUAGES.frequentWordHits("THE Bank And the ECONOMY, Der Rat UND die Stadt");
    assertThat(hits.get("")).isEqualTo(10);
    assertThat(hits.get("en")).isEqualTo(3);
    assertThat(hits.get("de")).isEqualTo(3);
    assertThat(hits).isEqualTo(LANGUAGES.frequentWordHits("the bank and the economy, der rat und die stadt"));
  }

  @Test
  void wordsAreFoundWhateverEndsThemAndAtTheVeryEndOfTheText() {
    // The word's hash is built while it is read: it must start afresh after digits and punctuation
    // and be looked up when the text ends mid-word.
    var hits = LANGUAGES.frequentWordHits("2024:the,And.ECONOMY3und(die)-The");
    assertThat(hits).isEqualTo(LANGUAGES.frequentWordHits("the and economy und die the"));
    assertThat(hits.get("en")).isEqualTo(3);
    assertThat(hits.get("de")).isEqualTo(2);
  }

  @Test
  void lettersWithoutAOneForOneLowerCaseAreLookedUpAsWholeWords() {
    // "DİE" lower-cases to "di̇e" (four chars), not "die"; a word ending in a capital sigma takes the final form.
    var hits = LANGUAGES.frequentWordHits("DİE ΣΤΟΝ ΝΟΜΟΣ die");
    assertThat(hits.get("de")).isEqualTo(1);
    assertThat(hits.get("")).isEqualTo(4);
  }

  @Test
  void aStoryIsIdentifiedFromItsHeadlineAndParagraphsAsFromTheJoinedText() {
    String paragraph = "The central bank raised interest rates on Thursday, citing persistent inflation and a "
        + "tight labour market, and said it was ready to act again if prices kept rising.";
    List<List<String>> stories = List.of(
        List.of(paragraph),
        List.of(paragraph, paragraph.toUpperCase(Locale.ROOT), paragraph, paragraph, paragraph, paragraph,
            paragraph, paragraph, paragraph, paragraph, paragraph, paragraph),
        List.of("Der Stadtrat hat am Montag beschlossen, dass die Brücke über den Fluss im Sommer saniert wird."),
        List.of("Short."));
    for (List<String> paragraphs : stories) {
      String headline = "Rates rise again";
      assertThat(LANGUAGES.identify(headline, paragraphs))
          .isEqualTo(LANGUAGES.identify(headline + "\n" + String.join("\n\n", paragraphs)));
    }
    assertThat(LANGUAGES.identify("Rates rise again", List.of("The bank raised its rates on Thursday and said it "
        + "was ready to do so again, as it has been in the past and as it was in the spring of the year."))).contains("en");
  }

  @Test
  void whitespaceAroundATextDoesNotCountTowardsItsLength() {
    // 19 chars between the whitespace: too short to judge, however much whitespace surrounds them.
    assertThat(LANGUAGES.identify(" \t\n the of and to in is  \n\n \u2003")).isEmpty();
    assertThat(LANGUAGES.identify("  ", List.of("the of and to in is"))).isEmpty();
    assertThat(LANGUAGES.identify("the of and to in is was that for on with as by at from it its be are were has"))
        .contains("en");
  }
}
