package org.newsflow.model;

import java.util.List;

/**
 * Named entities found in an article, each with the number of times it is mentioned.
 * {@code peopleAndOrganizationsSkipped} is true when the article is in a language other than
 * English: the rules that tell people and organizations apart (titles, cue words, capitalisation)
 * know English only, so those lists are left empty rather than guessed. Places are still found.
 */
public record Entities(List<Mention> people, List<Mention> organizations, List<PlaceMention> places,
    boolean peopleAndOrganizationsSkipped) {

  public Entities {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
  }

  public Entities(List<Mention> people, List<Mention> organizations, List<PlaceMention> places) {
    this(people, organizations, places, false);
  }

  public static Entities none() {
    return new Entities(List.of(), List.of(), List.of());
  }
}
