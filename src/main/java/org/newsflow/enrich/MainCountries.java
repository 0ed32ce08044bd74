package org.newsflow.enrich;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsflow.model.PlaceMention;

/**
 * The countries a story is about, as opposed to every country it names: its dateline's, those its
 * lead names, and those it mentions at least {@link #MENTIONS} times. A country named once in passing
 * ("listed in Luxembourg", "talks in Geneva") is rarely what a story is about, and news indexers do
 * not label it.
 */
public final class MainCountries {

  public static final int MENTIONS = 2;

  private MainCountries() {}

  /** ISO codes, the dateline's first, then the lead's, then the often mentioned, most mentioned first. */
  public static List<String> select(String datelineCountry, Collection<String> namedInLead, List<PlaceMention> places) {
    Set<String> main = new LinkedHashSet<>();
    if (datelineCountry != null) {
      main.add(datelineCountry);
    }
    main.addAll(namedInLead);
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (PlaceMention place : places) { // most mentioned first
      if (place.countryCode() != null) {
        mentions.merge(place.countryCode(), place.mentions(), Integer::sum);
      }
    }
    mentions.entrySet().stream()
        .filter(e -> e.getValue() >= MENTIONS)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> main.add(e.getKey()));
    return List.copyOf(main);
  }
}
