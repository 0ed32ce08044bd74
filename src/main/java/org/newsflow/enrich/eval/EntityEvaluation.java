package org.newsflow.enrich.eval;

import java.util.LinkedHashSet;
import java.util.Set;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Mention;
import org.newsflow.model.PlaceMention;

/**
 * Enrichment scored against document-level labels, one story at a time (not thread-safe; one per
 * evaluation). A story's countries are those of the places it mentions and of its dateline, mapped
 * to the Reuters vocabulary, all of them or only the main ones the enricher gives ({@code entities.countries}); its
 * people and organizations likewise (see {@link ReutersVocabulary}).
 */
public final class EntityEvaluation {

  /** The labels a person gave one story. */
  public record Gold(Set<String> places, Set<String> people, Set<String> orgs, boolean hasDateline, String language) {}

  /** Everything measured so far. */
  public record Report(int stories, SetScore places, SetScore mainPlaces, SetScore people, SetScore orgs, int datelines,
      int datelinesFound, int datelineCountryLabelled, int languageRight) {

    public double datelineFoundRate() {
      return datelines == 0 ? 0 : (double) datelinesFound / datelines;
    }

    /** Of the datelines found, the share whose country is among the story's place labels. */
    public double datelineCountryRate() {
      return datelinesFound == 0 ? 0 : (double) datelineCountryLabelled / datelinesFound;
    }

    public double languageAccuracy() {
      return stories == 0 ? 0 : (double) languageRight / stories;
    }
  }


  private final ReutersVocabulary vocabulary;
  private final Set<String> peopleVocabulary;
  private Report report = new Report(0, SetScore.ZERO, SetScore.ZERO, SetScore.ZERO, SetScore.ZERO, 0, 0, 0, 0);

  /**
   * {@code peopleVocabulary}: every PEOPLE label the corpus uses (its published label list);
   */
  public EntityEvaluation(ReutersVocabulary vocabulary, Set<String> peopleVocabulary) {
    this.vocabulary = vocabulary;
    this.peopleVocabulary = Set.copyOf(peopleVocabulary);
  }

  /** Adds one enriched story (null when the pipeline rejected it: everything it should have found is missed). */
  public void add(Gold gold, EnrichedArticle article) {
    Set<String> countries = new LinkedHashSet<>();
    Set<String> mainCountries = new LinkedHashSet<>();
    Set<String> orgNames = new LinkedHashSet<>();
    Set<String> personNames = new LinkedHashSet<>();
    String datelineCountry = null;
    boolean datelineFound = false;
    String language = null;
    if (article != null) {
      for (PlaceMention place : article.entities().places()) {
        if (place.countryCode() != null) {
          countries.add(place.countryCode());
        }
      }
      mainCountries.addAll(article.entities().countries());
      if (article.dateline() != null && article.dateline().place() != null) {
        datelineFound = true;
        datelineCountry = article.dateline().place().countryCode();
        countries.add(datelineCountry);
      }
      article.entities().organizations().stream().map(Mention::name).forEach(orgNames::add);
      article.entities().people().stream().map(Mention::name).forEach(personNames::add);
      language = article.language();
    }
    Report r = report;
    String datelinePlace = vocabulary.place(datelineCountry);
    boolean countryLabelled = datelinePlace != null && gold.places().contains(datelinePlace);
    report = new Report(r.stories() + 1,
        r.places().plus(SetScore.of(gold.places(), vocabulary.places(countries))),
        r.mainPlaces().plus(SetScore.of(gold.places(), vocabulary.places(mainCountries))),
        r.people().plus(SetScore.of(gold.people(), ReutersVocabulary.people(personNames, gold.people(), peopleVocabulary))),
        r.orgs().plus(SetScore.of(gold.orgs(), vocabulary.organizations(orgNames))),
        r.datelines() + (gold.hasDateline() ? 1 : 0),
        r.datelinesFound() + (gold.hasDateline() && datelineFound ? 1 : 0),
        r.datelineCountryLabelled() + (gold.hasDateline() && countryLabelled ? 1 : 0),
        r.languageRight() + (gold.language() != null && gold.language().equals(language) ? 1 : 0));
  }

  public Report report() {
    return report;
  }
}
