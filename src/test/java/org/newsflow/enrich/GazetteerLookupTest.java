package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GazetteerLookupTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final List<String> NAMES = List.of("Paris", "PARIS", "paris", "New York", "NEW YORK", "New  York",
      "New-York", " Paris", "Paris ", "São Paulo", "Sao Paulo", "St. Louis", "St Louis", "ST. LOUIS", "Saint Louis",
      "Ft. Worth", "Mt. Vernon", "Stan", "Sta", "St", "Georgia", "Guinea-Bissau", "Côte d'Ivoire", "Ivory Coast",
      "U.S.", "UK", "Jordan", "Smith", "", "New\tYork", "Zürich", "Zurich", "Kyiv", "Hong Kong", "DUBAI", "Frankfurt");

  @Test
  void theShortCutFoldsAsFoldDoes() {
    for (String name : NAMES) {
      if (Gazetteer.foldsToLowerCase(name)) {
        assertThat(Gazetteer.fold(name)).as(name).isEqualTo(name.toLowerCase(Locale.ROOT));
      }
    }
    assertThat(Gazetteer.foldsToLowerCase("Paris")).isTrue();
    assertThat(Gazetteer.foldsToLowerCase("St. Louis")).isFalse();
    assertThat(Gazetteer.foldsToLowerCase("São Paulo")).isFalse();
  }

  @Test
  void majorLookupsAgreeWithTheFoldedTable() {
    for (String name : NAMES) {
      assertThat(GAZETTEER.lookup(name)).as(name)
          .isEqualTo(GAZETTEER.lookupAll(name).stream().filter(Gazetteer.Entry::major).toList());
    }
    assertThat(GAZETTEER.lookup("PARIS")).isNotEmpty().isEqualTo(GAZETTEER.lookup("paris"));
    assertThat(GAZETTEER.lookup("St Louis")).isEqualTo(GAZETTEER.lookup("Saint Louis"));
  }

  @Test
  void demonymsInAnyCase() {
    assertThat(GAZETTEER.countryByDemonym("Japanese")).map(p -> p.countryCode()).contains("JP");
    assertThat(GAZETTEER.countryByDemonym("JAPANESE")).isEqualTo(GAZETTEER.countryByDemonym("japanese"));
    assertThat(GAZETTEER.countryByDemonym("Ivorian")).isEqualTo(GAZETTEER.countryByDemonym("ivorian"));
    assertThat(GAZETTEER.countryByDemonym("Paris")).isEmpty();
  }
}
