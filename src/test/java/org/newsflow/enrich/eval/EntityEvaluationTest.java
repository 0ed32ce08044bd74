package org.newsflow.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsflow.model.Dateline;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Entities;
import org.newsflow.model.GeoPlace;
import org.newsflow.model.Mention;
import org.newsflow.model.PlaceKind;
import org.newsflow.model.PlaceMention;
import org.newsflow.model.TextStats;

class EntityEvaluationTest {

  private static final ReutersVocabulary VOCABULARY = ReutersVocabulary.bundled();
  private static final Set<String> PEOPLE_LABELS = Set.of("okafor", "lindqvist", "mei-ling-tan");

  private static EnrichedArticle article(GeoPlace dateline, List<PlaceMention> places, List<String> countries,
      List<String> people, List<String> orgs, String language, String summary) {
    return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, "x", null,
        dateline == null ? null : new Dateline("CITY -", dateline, null), null, "Headline", "Body.", null, language,
        new TextStats(2, 1, 1),
        new Entities(people.stream().map(n -> new Mention(n, 1)).toList(), orgs.stream().map(n -> new Mention(n, 1)).toList(),
            places, countries, false),
        List.of(), List.of(), summary, List.of());
  }

  private static GeoPlace city(String name, String country) {
    return new GeoPlace(name, PlaceKind.CITY, country, 0.0, 0.0);
  }

  /**
   * Three stories worked by hand.
   * 1 gold places {usa, japan}, people {okafor}, orgs {imf}; dateline Chicago (US); places Japan x1, France x3;
   *   people "Ada Okafor", "Tom Briggs"; orgs "International Monetary Fund", "Acme Corp"; language en.
   *   all countries {usa, japan, france}: tp 2 fp 1 fn 0; main (dateline, >= 2 mentions) {usa, france}: tp 1 fp 1 fn 1.
   *   people: okafor tp (Briggs is not a PEOPLE label, so left out). orgs: imf tp (Acme is no ORGS code).
   * 2 gold places {uk}, people {lindqvist, mei-ling-tan}, orgs {ec, gatt}; no dateline; places Berlin (DE) x1,
   *   named in the lead; people "Mei-Ling Tan", "Okafor"; orgs "EC Commission"; language null.
   *   all {west-germany}: tp 0 fp 1 fn 1; main {west-germany} (the lead names it): tp 0 fp 1 fn 1.
   *   people: mei-ling-tan tp, okafor fp (a PEOPLE label, not this story's), lindqvist fn. orgs: ec tp, gatt fn.
   * 3 rejected by the pipeline (null), gold places {canada}, with a dateline: canada fn everywhere.
   * Places all: tp 2 fp 2 fn 2 -> P 0.5 R 0.5; main: tp 1 fp 2 fn 3 -> P 1/3 R 0.25.
   * People: tp 2 fp 1 fn 1 -> P 2/3 R 2/3. Orgs: tp 2 fp 0 fn 1 -> P 1 R 2/3 F1 0.8.
   * Datelines: 2 stories have one, 1 found, its country labelled -> found 0.5, country 1.0. Language 1 of 3.
   */
  @Test
  void precisionAndRecallOnAHandMadeLabelledSet() {
    var evaluation = new EntityEvaluation(VOCABULARY, PEOPLE_LABELS);
    evaluation.add(new EntityEvaluation.Gold(Set.of("usa", "japan"), Set.of("okafor"), Set.of("imf"), true, "en"),
        article(city("Chicago", "US"), List.of(new PlaceMention("Japan", "JP", 1), new PlaceMention("France", "FR", 3)),
            List.of("US", "FR"), List.of("Ada Okafor", "Tom Briggs"), List.of("International Monetary Fund", "Acme Corp"), "en", "A lead."));
    evaluation.add(new EntityEvaluation.Gold(Set.of("uk"), Set.of("lindqvist", "mei-ling-tan"), Set.of("ec", "gatt"), false, "en"),
        article(null, List.of(new PlaceMention("Berlin", "DE", 1)), List.of("DE"), List.of("Mei-Ling Tan", "Okafor"),
            List.of("EC Commission"), null, "Talks in Berlin."));
    evaluation.add(new EntityEvaluation.Gold(Set.of("canada"), Set.of(), Set.of(), true, "en"), null);

    var r = evaluation.report();
    assertThat(r.stories()).isEqualTo(3);
    assertThat(r.places()).isEqualTo(new SetScore(2, 2, 2));
    assertThat(r.places().precision()).isEqualTo(0.5);
    assertThat(r.places().recall()).isEqualTo(0.5);
    assertThat(r.mainPlaces()).isEqualTo(new SetScore(1, 2, 3));
    assertThat(r.mainPlaces().precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.mainPlaces().recall()).isEqualTo(0.25);
    assertThat(r.people()).isEqualTo(new SetScore(2, 1, 1));
    assertThat(r.people().f1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.orgs()).isEqualTo(new SetScore(2, 0, 1));
    assertThat(r.orgs().f1()).isCloseTo(0.8, within(1e-9));
    assertThat(r.datelineFoundRate()).isEqualTo(0.5);
    assertThat(r.datelineCountryRate()).isEqualTo(1.0);
    assertThat(r.languageAccuracy()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void undefinedRatiosAreZero() {
    assertThat(SetScore.ZERO.precision()).isZero();
    assertThat(SetScore.ZERO.recall()).isZero();
    assertThat(SetScore.ZERO.f1()).isZero();
    assertThat(SetScore.of(Set.of("a"), Set.of())).isEqualTo(new SetScore(0, 0, 1));
  }

  @Test
  void countriesMapToThe1987ReutersPlaces() {
    assertThat(VOCABULARY.places(List.of("US", "GB", "DE", "UA", "HR", "CD", "MM", "FR")))
        .containsExactly("usa", "uk", "west-germany", "ussr", "yugoslavia", "zaire", "burma", "france");
    assertThat(VOCABULARY.place("AQ")).isNull();
  }

  @Test
  void organizationsByLongFormAcronymOrBody() {
    assertThat(VOCABULARY.organizations(List.of("Organization of the Petroleum Exporting Countries"))).containsExactly("opec");
    assertThat(VOCABULARY.organizations(List.of("U.N."))).containsExactly("un");
    assertThat(VOCABULARY.organizations(List.of("Organisation for Economic Co-operation and Development"))).containsExactly("oecd");
    assertThat(VOCABULARY.organizations(List.of("GATT Council", "Acme Holdings"))).containsExactly("gatt");
  }

  @Test
  void personFormsAreHyphenatedSuffixesWithoutInitialsOrAccents() {
    assertThat(ReutersVocabulary.personForms("Miguel Mancera Aguayo")).containsExactly("miguel-mancera-aguayo", "mancera-aguayo", "aguayo");
    assertThat(ReutersVocabulary.personForms("James A. Baker")).containsExactly("james-baker", "baker");
    assertThat(ReutersVocabulary.personForms("Karl Otto Pöhl")).endsWith("pohl");
    assertThat(ReutersVocabulary.people(List.of("Willy De Clercq"), Set.of("de-clercq"), Set.of())).containsExactly("de-clercq");
  }
}
