package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsflow.model.Keyword;
import org.newsflow.model.PlaceKind;

class EnrichmentPartsTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @Test
  void languageOfAParagraphInFourLanguages() {
    var languages = LanguageIdentifier.bundled();
    assertThat(languages.identify("The central bank raised interest rates on Thursday, citing persistent inflation "
        + "and a tight labour market.")).contains("en");
    assertThat(languages.identify("El banco central subió los tipos de interés el jueves, citando una inflación "
        + "persistente y un mercado laboral ajustado.")).contains("es");
    assertThat(languages.identify("Die Zentralbank hat am Donnerstag die Zinsen erhöht und verwies auf die anhaltende "
        + "Inflation und einen angespannten Arbeitsmarkt.")).contains("de");
    assertThat(languages.identify("La banque centrale a relevé ses taux jeudi, invoquant une inflation persistante "
        + "et un marché du travail tendu.")).contains("fr");
    assertThat(languages.identify("Hi")).isEmpty();
  }

  @Test
  void sentencesDoNotSplitOnAbbreviations() {
    var sentences = SentenceSplitter.bundled().sentences(List.of(
        "The U.S. Supreme Court ruled on Friday. Mr. Smith was not surprised.", "A second paragraph."));
    assertThat(sentences).containsExactly("The U.S. Supreme Court ruled on Friday.", "Mr. Smith was not surprised.",
        "A second paragraph.");
  }

  @Test
  void summaryKeepsWholeLeadSentencesWithinBudget() {
    String first = "Kenya began an emergency measles vaccination campaign on Monday after an outbreak killed 14 children.";
    String second = "Health workers will visit 400 schools.";
    String third = "Officials said turnout was high in the first hours, with queues outside clinics in several counties "
        + "and more volunteers than expected arriving to help, which surprised organisers who had feared low interest "
        + "after a season of rumours about the vaccine spread on social media by anonymous accounts.";
    assertThat(Summarizer.summarize(List.of(first, second, third))).isEqualTo(first + " " + second);
    assertThat(Summarizer.summarize(List.of(third + " " + third))).isEqualTo(third + " " + third);
    assertThat(Summarizer.summarize(List.of())).isEmpty();
  }

  @Test
  void keywordsSkipStopWordsAndNumbersAndPreferPhrases() {
    var keywords = KeywordExtractor.bundled().extract("Measles vaccination campaign begins",
        List.of("The measles vaccination campaign began in 2025.", "The measles vaccination campaign covers 400 schools.",
            "Schools and parents welcomed the campaign."), "en");
    assertThat(keywords).extracting(Keyword::term).contains("measles vaccination").doesNotContain("2025", "the", "400");
    assertThat(keywords.get(0).score()).isEqualTo(1.0);
    assertThat(keywords).allSatisfy(k -> assertThat(k.score()).isBetween(0.0, 1.0));
  }

  @Test
  void gazetteerNamesAliasesAndDemonyms() {
    assertThat(GAZETTEER.lookup("U.S.")).first().satisfies(e -> assertThat(e.place().countryCode()).isEqualTo("US"));
    assertThat(GAZETTEER.lookup("Britain")).first().satisfies(e -> assertThat(e.place().countryCode()).isEqualTo("GB"));
    assertThat(GAZETTEER.lookup("Sao Paulo")).isNotEmpty();
    assertThat(GAZETTEER.countryByDemonym("Chinese")).hasValueSatisfying(p -> assertThat(p.countryCode()).isEqualTo("CN"));
    assertThat(GAZETTEER.country("TW")).isPresent();
  }

  @Test
  void datelinesResolveToCitiesNarrowedByTheirRegion() {
    assertThat(GAZETTEER.resolveDateline("WASHINGTON", null)).hasValueSatisfying(p -> {
      assertThat(p.countryCode()).isEqualTo("US");
      assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
    });
    assertThat(GAZETTEER.resolveDateline("SAN JUAN", "Puerto Rico")).hasValueSatisfying(p ->
        assertThat(p.countryCode()).isEqualTo("PR"));
    assertThat(GAZETTEER.resolveDateline("KYIV", "Ukraine")).hasValueSatisfying(p ->
        assertThat(p.countryCode()).isEqualTo("UA"));
    assertThat(GAZETTEER.resolveDateline("SALVADOR", null)).hasValueSatisfying(p ->
        assertThat(p.countryCode()).isEqualTo("BR"));
    assertThat(GAZETTEER.resolve("Birmingham", Set.of("US"))).hasValueSatisfying(p ->
        assertThat(p.countryCode()).isEqualTo("US"));
    assertThat(GAZETTEER.resolve("Birmingham", Set.of())).hasValueSatisfying(p ->
        assertThat(p.countryCode()).isEqualTo("GB"));
  }

  @Test
  void tokenizerKeepsAbbreviationsAndHyphenatedWords() {
    assertThat(Tokenizer.tokens("The U.S.-China talks, President-elect Trump’s plan.")).extracting(Token::text)
        .containsExactly("The", "U.S.", "China", "talks", "President-elect", "Trump’s", "plan");
  }
}
