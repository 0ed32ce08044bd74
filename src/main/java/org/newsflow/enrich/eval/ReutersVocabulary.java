package org.newsflow.enrich.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Translates what the enrichers output into the label vocabulary of Reuters-21578, by what the
 * labels mean, never by looking at which document carries which label:
 * <ul>
 *   <li>places: an ISO 3166-1 country code to the Reuters PLACES code of the 1987 state holding it
 *       ({@code eval/reuters-places.tsv});
 *   <li>organizations: the long forms and acronyms each ORGS code stands for
 *       ({@code eval/reuters-orgs.tsv});
 *   <li>people: Reuters PEOPLE labels are surnames or hyphenated full names in lower case without
 *       accents ("reagan", "james-baker", "de-clercq", "zhao-ziyang"), so a name counts as each
 *       hyphenated run of its words that ends with its last word, initials left out.
 * </ul>
 */
public final class ReutersVocabulary {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  private final Map<String, String> placeByIso;
  private final Map<String, Set<String>> orgCodesByName;

  ReutersVocabulary(Map<String, String> placeByIso, Map<String, Set<String>> orgCodesByName) {
    this.placeByIso = Map.copyOf(placeByIso);
    this.orgCodesByName = Map.copyOf(orgCodesByName);
  }

  public static ReutersVocabulary bundled() {
    Map<String, String> places = new HashMap<>();
    for (String[] row : rows("/eval/reuters-places.tsv")) {
      places.put(row[0], row[1]);
    }
    Map<String, Set<String>> orgs = new HashMap<>();
    for (String[] row : rows("/eval/reuters-orgs.tsv")) {
      for (String name : row[1].split("\\|")) {
        orgs.computeIfAbsent(orgKey(name), k -> new LinkedHashSet<>()).add(row[0]);
      }
    }
    return new ReutersVocabulary(places, orgs);
  }

  /** The Reuters places of these ISO country codes; codes with none are left out. */
  public Set<String> places(Collection<String> isoCodes) {
    Set<String> codes = new LinkedHashSet<>();
    for (String iso : isoCodes) {
      String code = iso == null ? null : placeByIso.get(iso);
      if (code != null) {
        codes.add(code);
      }
    }
    return codes;
  }

  /** The Reuters place of one ISO country code, or null. */
  public String place(String isoCode) {
    return isoCode == null ? null : placeByIso.get(isoCode);
  }

  /** The Reuters organization codes these names stand for; other organizations are left out. */
  public Set<String> organizations(Collection<String> names) {
    Set<String> codes = new LinkedHashSet<>();
    for (String name : names) {
      String key = orgKey(name);
      Set<String> found = orgCodesByName.get(key);
      // A body of an organization is that organization: "EC Commission", "U.N. Centre on ...".
      for (int space = key.lastIndexOf(' '); found == null && space > 0; space = key.lastIndexOf(' ', space - 1)) {
        found = orgCodesByName.get(key.substring(0, space));
      }
      if (found != null) {
        codes.addAll(found);
      }
    }
    return codes;
  }

  /**
   * The forms a person's name can take as a Reuters PEOPLE label, longest first: "Miguel Mancera
   * Aguayo" is "miguel-mancera-aguayo", "mancera-aguayo" or "aguayo".
   */
  public static List<String> personForms(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : folded.split("\\s+")) {
      String letters = NOT_LETTERS.matcher(word).replaceAll("-").replaceAll("^-+|-+$", "");
      if (letters.length() > 1) {
        words.add(letters);
      }
    }
    List<String> forms = new ArrayList<>();
    for (int start = 0; start < words.size(); start++) {
      forms.add(String.join("-", words.subList(start, words.size())));
    }
    return forms;
  }

  /**
   * The labels for the people found: each person is the first of its forms that is a gold label,
   * else the first that is in {@code vocabulary} (a labelled person missed from this story), else
   * left out (Reuters labels only the people in its vocabulary).
   */
  public static Set<String> people(Collection<String> names, Set<String> gold, Set<String> vocabulary) {
    Set<String> labels = new LinkedHashSet<>();
    for (String name : names) {
      List<String> forms = personForms(name);
      forms.stream().filter(gold::contains).findFirst()
          .or(() -> forms.stream().filter(vocabulary::contains).findFirst())
          .ifPresent(labels::add);
    }
    return labels;
  }

  /**
   * Spelling-blind key: case, dots, hyphens, "the" and British or American spelling of
   * "organisation" do not matter ("Organization of the Petroleum Exporting Countries", "U.N.").
   */
  static String orgKey(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "").replace("-", "")
        .replace("organisation", "organization").replace("labour", "labor");
    return String.join(" ", java.util.Arrays.stream(key.split("[^\\p{L}\\p{N}&]+"))
        .filter(w -> !w.isEmpty() && !w.equals("the")).toList());
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = ReutersVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
