package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.model.Mention;
import org.newsflow.model.PlaceMention;

/** The rules that make names and places hold up on agency copy; the fixtures are invented. */
class NewsNameRulesTest {

  private static final NameFinder FINDER = NameFinder.bundled(Gazetteer.bundled());

  private static NameFinder.Result find(String... sentences) {
    return FINDER.find(List.of(sentences));
  }

  private static List<String> people(NameFinder.Result r) {
    return r.people().stream().map(Mention::name).toList();
  }

  private static List<String> orgs(NameFinder.Result r) {
    return r.organizations().stream().map(Mention::name).toList();
  }

  private static List<String> countries(NameFinder.Result r) {
    return r.places().stream().map(PlaceMention::countryCode).toList();
  }

  @Test
  void aPersonAfterATitleEndsTheOrganizationBeforeIt() {
    var r = find("Harbour Bank Chairman Tobias Wren said rates would hold.", "Wren spoke in Oslo.");
    assertThat(people(r)).containsExactly("Tobias Wren");
    assertThat(r.people().get(0).mentions()).isEqualTo(2);
    assertThat(orgs(r)).containsExactly("Harbour Bank");
  }

  @Test
  void aDemonymBeforeATitleNamesTheCountryAndTheOfficeIsNoName() {
    var r = find("Norwegian Fisheries Minister Solveig Brandt said quotas would rise.",
        "Secretary of State Amos Gray disagreed.");
    assertThat(people(r)).containsExactlyInAnyOrder("Solveig Brandt", "Amos Gray");
    assertThat(countries(r)).containsExactly("NO");
    assertThat(orgs(r)).isEmpty();
  }

  @Test
  void aCountryBeforeAnOfficeAndTitleIsAPlace() {
    var r = find("U.S. Treasury Secretary Helen Marsh met bankers.");
    assertThat(people(r)).containsExactly("Helen Marsh");
    assertThat(countries(r)).containsExactly("US");
  }

  @Test
  void demonymsBeforeGovernmentWordsCountTowardsTheCountry() {
    var r = find("Chilean officials said the copper mine would reopen.", "A Chilean poet read at the event.");
    assertThat(countries(r)).containsExactly("CL");
    assertThat(r.places().get(0).mentions()).isEqualTo(1);
  }

  @Test
  void aCurrencyIsNotAPlace() {
    var r = find("The company paid 12 mln U.S. dlrs for the plant in Peru.", "Canadian dollars rose.");
    assertThat(countries(r)).containsExactly("PE");
  }

  @Test
  void aSurnameOfSomeoneNamedIsNotAPlace() {
    var r = find("Forward Tariq Jordan scored 31 points.", "Jordan said the team was tired.");
    assertThat(people(r)).containsExactly("Tariq Jordan");
    assertThat(r.places()).isEmpty();
  }

  @Test
  void georgiaNearAtlantaIsTheState() {
    var r = find("The plant outside Atlanta employs 900 people.", "Georgia offered tax credits.");
    assertThat(r.places()).extracting(PlaceMention::countryCode).containsOnly("US");
    var abroad = find("Tbilisi is the capital of Georgia.");
    assertThat(countries(abroad)).contains("GE");
  }

  @Test
  void aCityBeforeAHyphenatedSuffixIsWhole() {
    var r = find("The New York-based fund sold its stake.");
    assertThat(r.places()).extracting(PlaceMention::name).containsExactly("New York");
    assertThat(countries(r)).containsExactly("US");
  }

  @Test
  void hyphenatedSurnamesStayWhole() {
    var r = find("Governor Robin Ashby-Carter said inflation was easing.");
    assertThat(people(r)).containsExactly("Robin Ashby-Carter");
  }

  @Test
  void longAcronymsInTitleCaseAreTheOrganization() {
    var r = find("Opec ministers meet in Vienna next week.");
    assertThat(orgs(r)).containsExactly("Organization of the Petroleum Exporting Countries");
  }

  @Test
  void smallTownsAreNotFoundInRunningText() {
    // Troy, Michigan is in the gazetteer for datelines, but in prose "Troy" is too often something else.
    var r = find("Troy wept at the gates, the poet wrote.");
    assertThat(r.places()).isEmpty();
  }
}
