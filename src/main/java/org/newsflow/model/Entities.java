package org.newsflow.model;

import java.util.List;

/** Named entities found in an article, each with the number of times it is mentioned. */
public record Entities(List<Mention> people, List<Mention> organizations, List<PlaceMention> places) {

  public Entities {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
  }

  public static Entities none() {
    return new Entities(List.of(), List.of(), List.of());
  }
}
