package org.newsflow.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsflow.model.GeoPlace;
import org.newsflow.model.PlaceKind;

/**
 * Places by name: countries (with their other names and demonyms), regions and larger cities,
 * loaded from {@code gazetteer/places.tsv} (GeoNames-derived; see its NOTICE). Lookups are exact on
 * a folded form of the name, so "Sao Paulo" and "São Paulo" meet; capitalisation is the caller's
 * concern.
 */
public final class Gazetteer {

  /**
   * A gazetteer row with the population used to rank homonyms. A major place (a country, a region,
   * a capital or a large city) is recognised anywhere in a text; a minor one, a smaller town, only
   * where the text says it is a place, as in a dateline.
   */
  public record Entry(GeoPlace place, long population, boolean major) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\-]+");

  public static final String RESOURCE = "/gazetteer/places.tsv";

  private final Map<String, List<Entry>> byName;
  private final Map<String, List<Entry>> majorByName;
  private final Map<String, Entry> countryByDemonym;
  private final Map<String, Entry> countryByCode;
  /** The ASCII-named part of the maps above, for lookups that need not fold (see {@link #foldsToLowerCase}). */
  private final AsciiLowerCaseMap<List<Entry>> majorByAsciiName;
  private final AsciiLowerCaseMap<Entry> countryByAsciiDemonym;

  private Gazetteer(Map<String, List<Entry>> byName, Map<String, Entry> countryByDemonym,
      Map<String, Entry> countryByCode) {
    this.byName = byName;
    this.majorByName = new HashMap<>();
    byName.forEach((name, entries) -> {
      List<Entry> major = entries.stream().filter(Entry::major).toList();
      if (!major.isEmpty()) {
        majorByName.put(name, major);
      }
    });
    this.countryByDemonym = countryByDemonym;
    this.countryByCode = countryByCode;
    this.majorByAsciiName = new AsciiLowerCaseMap<>(majorByName);
    this.countryByAsciiDemonym = new AsciiLowerCaseMap<>(countryByDemonym);
  }

  /** The bundled gazetteer. */
  public static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the TSV format: name, kind, countryCode, lat, lon, population, aliases, demonyms, major (1 or 0; default 1). */
  public static Gazetteer load(InputStream in) throws IOException {
    Map<String, List<Entry>> byName = new HashMap<>();
    Map<String, Entry> demonyms = new HashMap<>();
    Map<String, Entry> countries = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine(); // header
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        var kind = PlaceKind.parse(f[1]);
        var place = new GeoPlace(f[0], kind, f[2], coordinate(f[3]), coordinate(f[4]));
        long population = f[5].isEmpty() ? 0 : Long.parseLong(f[5]);
        boolean major = f.length <= 8 || !f[8].equals("0");
        var entry = new Entry(place, population, major);
        byName.computeIfAbsent(fold(f[0]), k -> new ArrayList<>()).add(entry);
        if (f.length > 6 && !f[6].isEmpty()) {
          for (String alias : f[6].split("\\|")) {
            List<Entry> list = byName.computeIfAbsent(fold(alias), k -> new ArrayList<>());
            if (!list.contains(entry)) {
              list.add(entry);
            }
          }
        }
        if (kind == PlaceKind.COUNTRY) {
          countries.put(place.countryCode(), entry);
          if (f.length > 7 && !f[7].isEmpty()) {
            for (String demonym : f[7].split("\\|")) {
              demonyms.putIfAbsent(fold(demonym), entry);
            }
          }
        }
      }
    }
    Comparator<Entry> rank = Comparator.<Entry>comparingInt(e -> e.place().kind().ordinal())
        .thenComparing(Comparator.comparingLong(Entry::population).reversed());
    byName.values().forEach(list -> list.sort(rank));
    return new Gazetteer(byName, demonyms, countries);
  }

  /** Every major entry with this name or alias, countries first, then regions, then cities by size. */
  public List<Entry> lookup(String name) {
    if (foldsToLowerCase(name)) {
      // The name rules look up most capitalised words and runs: no folded copy for the common case.
      List<Entry> entries = majorByAsciiName.get(name);
      return entries == null ? List.of() : entries;
    }
    return majorByName.getOrDefault(fold(name), List.of());
  }

  /** Every entry with this name or alias, the smaller towns too, in the same order. */
  public List<Entry> lookupAll(String name) {
    return byName.getOrDefault(fold(name), List.of());
  }

  /**
   * The most likely place for a name, preferring entries in one of {@code contextCountries}
   * (countries the article mentions), then countries, regions and the most populous city.
   */
  public Optional<GeoPlace> resolve(String name, Set<String> contextCountries) {
    return resolve(lookup(name), contextCountries);
  }

  /** As {@link #resolve(String, Set)}, for the {@link #lookup} of the name, already at hand. */
  public Optional<GeoPlace> resolve(List<Entry> entries, Set<String> contextCountries) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    if (entries.size() > 1 && !contextCountries.isEmpty()) {
      for (Entry entry : entries) {
        if (entry.place().kind() != PlaceKind.COUNTRY && contextCountries.contains(entry.place().countryCode())) {
          return Optional.of(entry.place());
        }
      }
    }
    return Optional.of(entries.get(0).place());
  }

  /**
   * Resolves a dateline city: a region or country after the comma narrows it ("SAN JUAN, Puerto
   * Rico"), and cities win over countries or states of the same name ("WASHINGTON" is the capital).
   */
  public Optional<GeoPlace> resolveDateline(String city, String region) {
    List<Entry> entries = lookupAll(city);
    Optional<GeoPlace> regionPlace = region == null ? Optional.empty()
        // "Va" for "Va.": abbreviated states lose their dot in some copy.
        : resolve(region, Set.of()).or(() -> resolve(region + ".", Set.of()));
    List<Entry> cities = entries.stream().filter(e -> e.place().kind() == PlaceKind.CITY).toList();
    if (regionPlace.isPresent()) {
      String code = regionPlace.get().countryCode();
      Optional<Entry> inRegion = cities.stream().filter(e -> e.place().countryCode().equals(code)).findFirst();
      if (inRegion.isPresent()) {
        return Optional.of(inRegion.get().place());
      }
      // A town too small for the gazetteer: its region or country still places it.
      return regionPlace;
    }
    if (!cities.isEmpty()) {
      return Optional.of(cities.stream().max(Comparator.comparingLong(Entry::population)).get().place());
    }
    if (!entries.isEmpty()) {
      return Optional.of(entries.get(0).place());
    }
    return regionPlace;
  }

  public Optional<GeoPlace> countryByDemonym(String word) {
    Entry entry = foldsToLowerCase(word) ? countryByAsciiDemonym.get(word) : countryByDemonym.get(fold(word));
    return entry == null ? Optional.empty() : Optional.of(entry.place());
  }

  public Optional<GeoPlace> country(String isoCode) {
    return Optional.ofNullable(countryByCode.get(isoCode)).map(Entry::place);
  }

  /** Case-, accent- and punctuation-insensitive key. */
  static String fold(String name) {
    String text = name;
    if (!isPlainAscii(text)) {
      text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").replace('’', '\'');
    }
    text = text.toLowerCase(Locale.ROOT);
    // "St. Paul", "St Louis", "Ft. Worth", "Mt. Vernon": the abbreviations meet the full words.
    if (text.startsWith("st. ") || text.startsWith("st ")) {
      text = "saint " + text.substring(text.indexOf(' ') + 1);
    } else if (text.startsWith("ft. ") || text.startsWith("ft ")) {
      text = "fort " + text.substring(text.indexOf(' ') + 1);
    } else if (text.startsWith("mt. ") || text.startsWith("mt ")) {
      text = "mount " + text.substring(text.indexOf(' ') + 1);
    }
    if (text.indexOf('-') >= 0 || text.indexOf("  ") >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0) {
      text = SPACES.matcher(text).replaceAll(" ");
    }
    return text.strip();
  }

  /**
   * Whether {@link #fold} of this name is its ASCII lower case: ASCII with no hyphen, no white space
   * but single inner spaces, and no "St"/"Ft"/"Mt" abbreviation to spell out.
   */
  static boolean foldsToLowerCase(String name) {
    int n = name.length();
    if (n >= 3 && name.charAt(1) == 't' || n >= 3 && name.charAt(1) == 'T') {
      char first = name.charAt(0);
      char third = name.charAt(2);
      if ("sSfFmM".indexOf(first) >= 0 && (third == '.' || third == ' ')) {
        return false;
      }
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x80 || c == '-' || c < ' ' || c == ' ' && (i == 0 || i == n - 1 || name.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static Double coordinate(String text) {
    return text.isEmpty() ? null : Double.valueOf(text);
  }
}
