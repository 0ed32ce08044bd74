package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsflow.model.GeoPlace;
import org.newsflow.model.PlaceKind;
import org.newsflow.parse.DatelineParser;

/** Datelines, gazetteer forms, tokens and language on agency copy; the fixtures are invented. */
class WireCopyTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @Test
  void datelinesWithCapitalisedMonthsMixedCaseCitiesAndNoComma() {
    var caps = DatelineParser.find("LIMA, MARCH 9 - Copper output rose.").orElseThrow();
    assertThat(caps.city()).isEqualTo("LIMA");
    assertThat(caps.month()).isEqualTo(3);
    assertThat(caps.day()).isEqualTo(9);
    var mixed = DatelineParser.find("Kansas City, April 7 - Cattle prices fell.").orElseThrow();
    assertThat(mixed.city()).isEqualTo("Kansas City");
    assertThat(mixed.month()).isEqualTo(4);
    var noComma = DatelineParser.find("****OSLO June 2 - Ferries were cancelled.").orElseThrow();
    assertThat(noComma.city()).isEqualTo("OSLO");
    assertThat(noComma.text()).isEqualTo("OSLO June 2");
    var misspelt = DatelineParser.find("ROSEMONT, Ill., Macrh 31, Reuter - Orders rose.").orElseThrow();
    assertThat(misspelt.city()).isEqualTo("ROSEMONT");
    assertThat(misspelt.region()).isEqualTo("Ill.");
    assertThat(misspelt.month()).isNull();
    assertThat(DatelineParser.find("PORT-AU-PRINCE, April 17 - Fuel ran short.").orElseThrow().city())
        .isEqualTo("PORT-AU-PRINCE");
    assertThat(GAZETTEER.resolveDateline("UNITED NATIONS", null)).map(GeoPlace::countryCode).contains("US");
    // Ordinary prose opening with a capitalised word and a dash is no dateline.
    assertThat(DatelineParser.find("Rain - and more rain - is forecast.")).isEmpty();
  }

  @Test
  void datelineTownsStateAbbreviationsAndSaints() {
    Optional<GeoPlace> troy = GAZETTEER.resolveDateline("TROY", "Mich.");
    assertThat(troy).map(GeoPlace::countryCode).contains("US");
    assertThat(troy).map(GeoPlace::kind).contains(PlaceKind.CITY);
    assertThat(GAZETTEER.resolveDateline("RICHMOND", "Va")).map(GeoPlace::countryCode).contains("US");
    assertThat(GAZETTEER.resolveDateline("ST. PAUL", null)).map(GeoPlace::name).contains("Saint Paul");
    assertThat(GAZETTEER.resolveDateline("DUESSELDORF", null)).map(GeoPlace::countryCode).contains("DE");
    assertThat(GAZETTEER.resolveDateline("BERNE", null)).map(GeoPlace::countryCode).contains("CH");
    // A town too small for the gazetteer is still placed by its state.
    assertThat(GAZETTEER.resolveDateline("NOWHEREVILLE", "Conn.")).map(GeoPlace::countryCode).contains("US");
    assertThat(GAZETTEER.lookup("Troy")).isEmpty();
    assertThat(GAZETTEER.lookupAll("Troy")).isNotEmpty();
  }

  @Test
  void tokensKeepAbbreviationsAndJoinedWords() {
    assertThat(Tokenizer.tokens("The U.S.-based AT&T’s unit, Kraków & co. 3.5 pct"))
        .extracting(Token::text)
        .containsExactly("The", "U.S.", "based", "AT&T’s", "unit", "Kraków", "co", "3", "5", "pct");
    var tokens = Tokenizer.tokens("  Hi there");
    assertThat(tokens.get(1).start()).isEqualTo(5);
    assertThat(tokens.get(1).end()).isEqualTo(10);
  }

  @Test
  void aResultsTableIsEnglishAndEnglishProseNeedsNoModel() {
    var languages = LanguageIdentifier.bundled();
    assertThat(languages.identify("NORTHWIND CORP 4TH QTR NET\nShr 41 cts vs 37 cts\nNet 2.1 mln vs 1.9 mln\n"
        + "Revs 40.2 mln vs 38.8 mln\nYear\nShr 1.50 dlrs vs 1.31 dlrs")).contains("en");
    assertThat(languages.identify("Der Stadtrat hat am Montag beschlossen, dass die Brücke über den Fluss im "
        + "nächsten Jahr für den Verkehr gesperrt wird, weil sie nicht mehr sicher ist.")).contains("de");
    assertThat(languages.identify("12 34 56")).isEmpty();
  }

  @Test
  void peopleAndOrganizationsAreNotGuessedInOtherLanguages() {
    var annotator = org.newsflow.Fixtures.annotator();
    var german = annotator.annotate("de-1", org.newsflow.Fixtures.utf8("BERLIN (dpa) - Bundeskanzler Anton Weber hat am "
        + "Montag in Berlin gesagt, dass die Regierung die Steuern im nächsten Jahr nicht erhöhen wird. Die Opposition "
        + "kritisierte den Plan der Regierung scharf und forderte mehr Geld für Schulen und Krankenhäuser."));
    var article = ((org.newsflow.pipeline.Annotation.Annotated) german).article();
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.entities().peopleAndOrganizationsSkipped()).isTrue();
    assertThat(article.entities().people()).isEmpty();
    assertThat(article.entities().organizations()).isEmpty();
    assertThat(article.entities().places()).extracting(p -> p.countryCode()).contains("DE");
    var english = annotator.annotate("en-1", org.newsflow.Fixtures.utf8("BERLIN (AP) - Chancellor Anton Weber said on "
        + "Monday that the government would not raise taxes next year, and the opposition criticised the plan."));
    var englishArticle = ((org.newsflow.pipeline.Annotation.Annotated) english).article();
    assertThat(englishArticle.entities().peopleAndOrganizationsSkipped()).isFalse();
    assertThat(englishArticle.entities().people()).extracting(m -> m.name()).containsExactly("Anton Weber");
  }
}
