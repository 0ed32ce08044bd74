package org.newsflow.model;

import java.util.List;

/**
 * Named entities found in an article, each with the number of times it is mentioned.
 * {@code countries} are the ISO codes of the countries the story is about (see
 * {@code org.newsflow.enrich.MainCountries}), where {@code places} lists every place it names.
 * {@code peopleAndOrganizationsSkipped} is true when the article is in a language other than
 * English: the rules that tell people and organizations apart (titles, cue words, capitalisation)
 * know English only, so those lists are left empty rather than guessed. Places are still found.
 */
public record Entities(List<Mention> people, List<Mention> organizations, List<PlaceMention> places,
    List<String> countries, boolean peopleAndOrganizationsSkipped) {

  public Entities {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
    // Records written before the field have none: read as no main countries.
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  public Entities(List<Mention> people, List<Mention> organizations, List<PlaceMention> places) {
    this(people, organizations, places, List.of(), false);
  }

  public static Entities none() {
    return new Entities(List.of(), List.of(), List.of());
  }
}
