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
import org.newsflow.model.GeoPlace;
import org.newsflow.model.PlaceKind;

/**
 * Places by name: countries (with their other names and demonyms), regions and larger cities,
 * loaded from {@code gazetteer/places.tsv} (GeoNames-derived; see its NOTICE). Lookups are exact on
 * a folded form of the name, so "Sao Paulo" and "São Paulo" meet; capitalisation is the caller's
 * concern.
 */
public final class Gazetteer {

  /** A gazetteer row with the population used to rank homonyms. */
  public record Entry(GeoPlace place, long population) {}

  public static final String RESOURCE = "/gazetteer/places.tsv";

  private final Map<String, List<Entry>> byName;
  private final Map<String, Entry> countryByDemonym;
  private final Map<String, Entry> countryByCode;

  private Gazetteer(Map<String, List<Entry>> byName, Map<String, Entry> countryByDemonym,
      Map<String, Entry> countryByCode) {
    this.byName = byName;
    this.countryByDemonym = countryByDemonym;
    this.countryByCode = countryByCode;
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

  /** Reads the TSV format: name, kind, countryCode, lat, lon, population, aliases, demonyms. */
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
        var entry = new Entry(place, population);
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

  /** Every entry with this name or alias, countries first, then regions, then cities by size. */
  public List<Entry> lookup(String name) {
    return byName.getOrDefault(fold(name), List.of());
  }

  /**
   * The most likely place for a name, preferring entries in one of {@code contextCountries}
   * (countries the article mentions), then countries, regions and the most populous city.
   */
  public Optional<GeoPlace> resolve(String name, Set<String> contextCountries) {
    List<Entry> entries = lookup(name);
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
    List<Entry> entries = lookup(city);
    Optional<GeoPlace> regionPlace = region == null ? Optional.empty() : resolve(region, Set.of());
    List<Entry> cities = entries.stream().filter(e -> e.place().kind() == PlaceKind.CITY).toList();
    if (regionPlace.isPresent()) {
      String code = regionPlace.get().countryCode();
      Optional<Entry> inRegion = cities.stream().filter(e -> e.place().countryCode().equals(code)).findFirst();
      if (inRegion.isPresent()) {
        return Optional.of(inRegion.get().place());
      }
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
    return Optional.ofNullable(countryByDemonym.get(fold(word))).map(Entry::place);
  }

  public Optional<GeoPlace> country(String isoCode) {
    return Optional.ofNullable(countryByCode.get(isoCode)).map(Entry::place);
  }

  /** Case-, accent- and punctuation-insensitive key. */
  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\-]+", " ").strip();
  }

  private static Double coordinate(String text) {
    return text.isEmpty() ? null : Double.valueOf(text);
  }
}
