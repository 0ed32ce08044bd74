package org.newsflow.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
    // A story names a handful of countries: short lists searched in order do what an ordered set,
    // an ordered map and a sorted stream did, without their nodes and pipeline per article.
    List<String> main = new ArrayList<>();
    if (datelineCountry != null) {
      main.add(datelineCountry);
    }
    for (String code : namedInLead) {
      addNew(main, code);
    }
    // Mentions per country, countries in order of first mention (places come most mentioned first).
    List<String> codes = new ArrayList<>();
    int[] mentions = new int[places.size()];
    for (PlaceMention place : places) {
      String code = place.countryCode();
      if (code != null) {
        int i = codes.indexOf(code);
        if (i < 0) {
          i = codes.size();
          codes.add(code);
        }
        mentions[i] += place.mentions();
      }
    }
    for (int i : mostMentionedFirst(mentions, codes.size())) {
      addNew(main, codes.get(i));
    }
    return List.copyOf(main);
  }

  /**
   * The indexes below {@code n} whose count is at least {@link #MENTIONS}, highest count first and,
   * among equal counts, in index order (a stable sort, as the sorted stream's was).
   */
  static int[] mostMentionedFirst(int[] counts, int n) {
    int[] order = new int[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (counts[i] >= MENTIONS) {
        int at = size++;
        while (at > 0 && counts[order[at - 1]] < counts[i]) {
          order[at] = order[at - 1];
          at--;
        }
        order[at] = i;
      }
    }
    return Arrays.copyOf(order, size);
  }

  /** The places' country codes, each once, in the places' order; none for a place without one. */
  public static List<String> countryCodes(List<PlaceMention> places) {
    List<String> codes = new ArrayList<>();
    for (PlaceMention place : places) {
      if (place.countryCode() != null) {
        addNew(codes, place.countryCode());
      }
    }
    return codes;
  }

  private static void addNew(List<String> codes, String code) {
    if (!codes.contains(code)) {
      codes.add(code);
    }
  }
}
