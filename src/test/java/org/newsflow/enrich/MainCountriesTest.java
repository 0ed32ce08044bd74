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
}
