package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.model.PlaceMention;

class MainCountriesTest {

  @Test
  void theDatelinesCountryTheLeadsAndTheOftenMentionedNotThePassingOnes() {
    var places = List.of(new PlaceMention("France", "FR", 3), new PlaceMention("Lyon", "FR", 1),
        new PlaceMention("Japan", "JP", 2), new PlaceMention("Luxembourg", "LU", 1), new PlaceMention("Chile", "CL", 1));
    assertThat(MainCountries.select("US", List.of("CL"), places)).containsExactly("US", "CL", "FR", "JP");
  }

  @Test
  void mentionsOfPlacesInOneCountryAddUp() {
    var places = List.of(new PlaceMention("Osaka", "JP", 1), new PlaceMention("Tokyo", "JP", 1));
    assertThat(MainCountries.select(null, List.of(), places)).containsExactly("JP");
  }

  @Test
  void aStoryNamingEveryCountryOnceHasNoMainOneBeyondItsDateline() {
    var places = List.of(new PlaceMention("Luxembourg", "LU", 1), new PlaceMention("Geneva", "CH", 1));
    assertThat(MainCountries.select(null, List.of(), places)).isEmpty();
    assertThat(MainCountries.select("GB", List.of(), places)).containsExactly("GB");
  }

  @Test
  void equallyMentionedCountriesKeepTheOrderOfTheirFirstMention() {
    var places = List.of(new PlaceMention("Paris", "FR", 2), new PlaceMention("Rome", "IT", 2),
        new PlaceMention("Tokyo", "JP", 4), new PlaceMention("Madrid", "ES", 2), new PlaceMention("Lyon", "FR", 2));
    // FR 4, IT 2, JP 4, ES 2: the fours first, France before Japan, then Italy before Spain.
    assertThat(MainCountries.select(null, List.of(), places)).containsExactly("FR", "JP", "IT", "ES");
    assertThat(MainCountries.select("IT", List.of("ES", "IT"), places)).containsExactly("IT", "ES", "FR", "JP");
  }

  @Test
  void mostMentionedFirstIsAStableSortOfTheCountsReachingTheThreshold() {
    assertThat(MainCountries.mostMentionedFirst(new int[] {2, 1, 5, 2, 5, 3, 0}, 6)).containsExactly(2, 4, 5, 0, 3);
    assertThat(MainCountries.mostMentionedFirst(new int[] {1, 1}, 2)).isEmpty();
  }

  @Test
  void theLeadsCountryCodesEachOnceInOrder() {
    var places = List.of(new PlaceMention("Osaka", "JP", 1), new PlaceMention("Atlantis", null, 1),
        new PlaceMention("Paris", "FR", 3), new PlaceMention("Tokyo", "JP", 2));
    assertThat(MainCountries.countryCodes(places)).containsExactly("JP", "FR");
  }
}
